package tandem.marac;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tandem.access.CaseAccessDecision;
import tandem.access.CaseAccessFacts;
import tandem.access.CaseAccessPolicy;
import tandem.agency.Actor;
import tandem.audit.AuditAction;
import tandem.audit.AuditEvent;
import tandem.audit.AuditLog;
import tandem.risk.RiskLevel;

/**
 * Reads a meeting's agenda in one query, in the order coordinators work (emergencies, repeats, transfers in, new;
 * then as listed), and cuts each row down to what the viewer may see: the access policy decides, as everywhere.
 * Every name shown is audited as a view of its case (doc/adr/0062).
 */
@Component
class AgendaReader {

	private final JdbcClient jdbc;

	private final AuditLog audit;

	AgendaReader(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	private record Raw(UUID itemId, UUID caseId, int version, AgendaCategory category, boolean heard, boolean deferred,
			@Nullable String transferFrom, String reference, UUID areaId, boolean restricted, Set<UUID> involved,
			Set<UUID> named, @Nullable String victimName, @Nullable LocalDate bornOn, @Nullable RiskLevel risk,
			int children, List<String> agencies, @Nullable LocalDate lastHeardOn, int lastHeardActions) {
	}

	/** The agenda as the actor may see it; every name shown is audited as the actor's view of the case. */
	@Transactional(propagation = Propagation.MANDATORY)
	List<AgendaRow> read(Actor actor, Meeting meeting, Seat seat) {
		List<AgendaRow> rows = entitled(actor, meeting, seat);
		for (AgendaRow row : rows) {
			if (row.victimName() != null) {
				this.audit.record(AuditEvent.success(actor.asAuditActor(), AuditAction.VIEW, "case", row.caseId())
					.inCase(row.caseId())
					.withDetail(row.sight() == AgendaRow.Sight.CASE ? "MARAC agenda" : "MARAC agenda, name for research"));
			}
		}
		return rows;
	}

	/**
	 * The agenda as someone would be entitled to see it, without recording a view: for a disclosure to them, which the
	 * discloser audits as such.
	 */
	List<AgendaRow> entitled(Actor actor, Meeting meeting, Seat seat) {
		List<AgendaRow> rows = new ArrayList<>();
		for (Raw raw : raw(meeting)) {
			rows.add(cut(raw, sight(actor, seat, raw)));
		}
		return rows;
	}

	private static AgendaRow.Sight sight(Actor actor, Seat seat, Raw raw) {
		CaseAccessDecision decision = CaseAccessPolicy.decide(actor,
				new CaseAccessFacts(raw.caseId(), raw.areaId(), raw.restricted(), raw.involved(), raw.named()), false);
		if (decision instanceof CaseAccessDecision.Granted) {
			return AgendaRow.Sight.CASE;
		}
		if (raw.restricted()) {
			return AgendaRow.Sight.NOTHING;
		}
		return seat == Seat.AGENCY ? AgendaRow.Sight.NAME_FOR_RESEARCH : AgendaRow.Sight.REFERENCE;
	}

	private static AgendaRow cut(Raw raw, AgendaRow.Sight sight) {
		boolean full = sight == AgendaRow.Sight.CASE;
		boolean named = full || sight == AgendaRow.Sight.NAME_FOR_RESEARCH;
		return new AgendaRow(raw.itemId(), raw.caseId(), raw.version(), raw.category(), raw.heard(), raw.deferred(),
				raw.transferFrom(), sight, sight == AgendaRow.Sight.NOTHING ? null : raw.reference(),
				named ? raw.victimName() : null, named ? raw.bornOn() : null, full ? raw.risk() : null,
				full ? raw.children() : 0, full ? raw.agencies() : List.of(), full ? raw.lastHeardOn() : null,
				full ? raw.lastHeardActions() : 0);
	}

	private List<Raw> raw(Meeting meeting) {
		return this.jdbc.sql("""
				select i.id, i.case_id, i.version, i.category, i.status, i.deferred, i.transfer_from, c.reference, c.area_id,
				       c.restricted, c.risk_level, v.given_name, v.family_name, v.date_of_birth,
				       (select count(*) from case_party ch where ch.case_id = c.id and ch.role = 'CHILD') as children,
				       (select array_agg(ca.agency_id) from case_agency ca where ca.case_id = c.id) as involved,
				       (select array_agg(a.name order by a.name) from case_agency ca join agency a on a.id = ca.agency_id
				        where ca.case_id = c.id) as agency_names,
				       (select array_agg(n.user_id) from case_named_user n where n.case_id = c.id) as named,
				       last.held_on as last_heard_on, coalesce(last.actions, 0) as last_heard_actions
				from agenda_item i
				join case_file c on c.id = i.case_id
				left join lateral (select p.person_id from case_party p where p.case_id = c.id and p.role = 'VICTIM'
				                   limit 1) vp on true
				left join person v on v.id = vp.person_id
				left join lateral (select m.held_on, (select count(*) from marac_action a where a.agenda_item_id = h.id)
				                   as actions
				                   from agenda_item h join marac_meeting m on m.id = h.meeting_id
				                   where h.case_id = c.id and h.status = 'HEARD' and m.held_on < :day
				                   order by m.held_on desc limit 1) last on true
				where i.meeting_id = :meeting and i.status in ('LISTED', 'HEARD')
				order by case i.category when 'EMERGENCY' then 0 when 'REPEAT' then 1 when 'TRANSFER_IN' then 2 else 3 end,
				         i.listed_at, i.id
				""")
			.param("meeting", meeting.id()).param("day", meeting.heldOn())
			.query(AgendaReader::raw)
			.list();
	}

	private static Raw raw(ResultSet rs, int row) throws SQLException {
		String given = rs.getString("given_name");
		String family = rs.getString("family_name");
		String name = given == null && family == null ? null
				: ((given == null ? "" : given) + " " + (family == null ? "" : family.toUpperCase(java.util.Locale.UK)))
					.strip();
		String risk = rs.getString("risk_level");
		return new Raw(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class), rs.getInt("version"),
				AgendaCategory.valueOf(rs.getString("category")), "HEARD".equals(rs.getString("status")),
				rs.getBoolean("deferred"),
				rs.getString("transfer_from"), rs.getString("reference"), rs.getObject("area_id", UUID.class),
				rs.getBoolean("restricted"), Set.copyOf(uuids(rs.getArray("involved"))),
				Set.copyOf(uuids(rs.getArray("named"))), name, rs.getObject("date_of_birth", LocalDate.class),
				risk == null ? null : RiskLevel.valueOf(risk), rs.getInt("children"), strings(rs.getArray("agency_names")),
				rs.getObject("last_heard_on", LocalDate.class), rs.getInt("last_heard_actions"));
	}

	private static List<UUID> uuids(@Nullable Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((UUID[]) array.getArray());
	}

	private static List<String> strings(@Nullable Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

}
