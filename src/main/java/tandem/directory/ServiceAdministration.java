package tandem.directory;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.Ids;
import tandem.agency.Actor;
import tandem.agency.AreaDirectory;
import tandem.agency.Role;
import tandem.audit.AuditAction;
import tandem.audit.AuditEvent;
import tandem.audit.AuditLog;

/**
 * Adding and changing directory services: an administrator for any agency, a service manager for their own agency
 * only. Each change is audited in the same transaction; an edit based on an old version is refused, never merged.
 */
@Service
class ServiceAdministration {

	private static final String SUBJECT = "directory-service";

	private final JdbcClient jdbc;

	private final AreaDirectory areas;

	private final AuditLog audit;

	ServiceAdministration(JdbcClient jdbc, AreaDirectory areas, AuditLog audit) {
		this.jdbc = jdbc;
		this.areas = areas;
		this.audit = audit;
	}

	/** Someone saved the service since the form was shown; their change is kept and the form shown again. */
	static final class ChangedMeanwhile extends RuntimeException {

		ChangedMeanwhile() {
			super("The directory service was changed by someone else");
		}

	}

	/** May the actor add or change a service of the agency? Null asks whether they may administer any at all. */
	static boolean mayAdminister(Actor actor, @Nullable UUID agencyId) {
		if (actor.has(Role.ADMINISTRATOR)) {
			return true;
		}
		return actor.has(Role.SERVICE_MANAGER) && (agencyId == null || actor.agency().id().equals(agencyId));
	}

	/**
	 * The agencies the actor may choose as provider, id to name: every active one for an administrator, and the
	 * service's present provider even if it has since been deactivated, so that its service can still be edited.
	 */
	Map<String, String> providers(Actor actor, @Nullable String present) {
		Map<String, String> providers = new LinkedHashMap<>();
		if (!actor.has(Role.ADMINISTRATOR)) {
			providers.put(actor.agency().id().toString(), actor.agency().name());
			return providers;
		}
		this.jdbc.sql("select id, name from agency where active or cast(id as text) = :present order by name, code")
			.param("present", present)
			.query((ResultSet rs) -> {
				providers.put(rs.getString("id"), rs.getString("name"));
			});
		return providers;
	}

	/** Every area, id to name, by name. */
	Map<String, String> areas() {
		Map<String, String> areas = new LinkedHashMap<>();
		this.areas.all().forEach(area -> areas.put(area.id().toString(), area.name()));
		return areas;
	}

	/** The service as its change form starts, with the ids the form needs (the directory shows names). */
	Optional<ServiceForm> formOf(UUID id) {
		return this.jdbc.sql("select * from directory_service where id = :id")
			.param("id", id)
			.query(ServiceAdministration::form)
			.optional();
	}

	@Transactional
	UUID add(Actor actor, ServiceForm form) {
		UUID id = Ids.next();
		this.jdbc.sql("""
				insert into directory_service (id, agency_id, name, kind, description, area_ids, risk_levels, min_age,
				    max_age, genders, needs, languages, how_to_refer, located_in_area_id, accepts_non_mandated, active)
				values (:id, :agency, :name, :kind, :description, cast(:areas as uuid[]), :risks, :min, :max,
				    :genders, :needs, :languages, :how, :located, :nonMandated, :active)
				""")
			.params(parameters(id, form))
			.update();
		this.audit.record(AuditEvent.success(actor.asAuditActor(), AuditAction.CREATE, SUBJECT, id)
			.withDetail(summary(form)));
		return id;
	}

	@Transactional
	void change(Actor actor, UUID id, ServiceForm form) {
		Map<String, Object> parameters = parameters(id, form);
		parameters.put("version", form.version());
		int changed = this.jdbc.sql("""
				update directory_service
				set agency_id = :agency, name = :name, kind = :kind, description = :description,
				    area_ids = cast(:areas as uuid[]), risk_levels = :risks, min_age = :min, max_age = :max,
				    genders = :genders, needs = :needs,
				    languages = :languages, how_to_refer = :how, located_in_area_id = :located,
				    accepts_non_mandated = :nonMandated, active = :active, version = version + 1
				where id = :id and version = :version
				""")
			.params(parameters)
			.update();
		if (changed == 0) {
			throw new ChangedMeanwhile();
		}
		this.audit.record(AuditEvent.success(actor.asAuditActor(), AuditAction.CHANGE, SUBJECT, id)
			.withDetail(summary(form)));
	}

	private static Map<String, Object> parameters(UUID id, ServiceForm form) {
		ServiceKind kind = form.serviceKind();
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("id", id);
		parameters.put("agency", UUID.fromString(form.agency()));
		parameters.put("name", form.name());
		parameters.put("kind", kind == null ? null : kind.name());
		parameters.put("description", form.description());
		parameters.put("areas", form.areas().toArray(String[]::new));
		parameters.put("risks", form.riskLevels().toArray(String[]::new));
		parameters.put("min", form.minimumAge());
		parameters.put("max", form.maximumAge());
		parameters.put("genders", blankAsNull(form.genders()));
		parameters.put("needs", blankAsNull(form.needs()));
		parameters.put("languages", form.languageList().toArray(String[]::new));
		parameters.put("how", form.howToRefer());
		parameters.put("located", kind == ServiceKind.REFUGE ? UUID.fromString(form.locatedInArea()) : null);
		parameters.put("nonMandated", kind == ServiceKind.PERPETRATOR_PROGRAMME && form.acceptsNonMandated());
		parameters.put("active", form.active());
		return parameters;
	}

	/** What the audit trail keeps: the service's public description, never anything about a person. */
	private static String summary(ServiceForm form) {
		return "name: " + form.name() + ", kind: " + form.kind() + ", agency: " + form.agency() + ", areas: "
				+ form.areas().size() + ", active: " + form.active();
	}

	private static @Nullable String blankAsNull(String text) {
		return text.isBlank() ? null : text;
	}

	private static ServiceForm form(ResultSet rs, int row) throws SQLException {
		return new ServiceForm(rs.getString("agency_id"), rs.getString("name"), rs.getString("kind"),
				rs.getString("description"), strings(rs.getArray("area_ids")), strings(rs.getArray("risk_levels")),
				text(rs.getObject("min_age")), text(rs.getObject("max_age")), rs.getString("genders"),
				rs.getString("needs"), String.join(", ", strings(rs.getArray("languages"))),
				rs.getString("how_to_refer"), rs.getString("located_in_area_id"),
				rs.getBoolean("accepts_non_mandated"), rs.getBoolean("active"), rs.getInt("version"));
	}

	private static List<String> strings(@Nullable Array array) throws SQLException {
		return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
	}

	private static String text(@Nullable Object number) {
		return number == null ? "" : number.toString();
	}

}
