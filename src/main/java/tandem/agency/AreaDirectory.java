package tandem.agency;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Finds areas and the agencies that serve them, for use cases that route work (a referral to the IDVA service). */
@Repository
public class AreaDirectory {

	private final JdbcClient jdbc;

	AreaDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record AreaRef(UUID id, String code, String name) {
	}

	/** Every area, by name: e.g. for choosing the area a report covers. */
	public List<AreaRef> all() {
		return this.jdbc.sql("select id, code, name from area order by name, code")
			.query((rs, row) -> new AreaRef(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name")))
			.list();
	}

	/** Agency sector codes (as stored in {@code agency.sector}) to the words shown, in the usual order. */
	public static Map<String, String> sectors() {
		return Sector.options();
	}

	public Optional<AreaRef> areaByCode(String code) {
		return this.jdbc.sql("select id, code, name from area where code = :code")
			.param("code", code)
			.query((rs, row) -> new AreaRef(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name")))
			.optional();
	}

	/** The area's active agency of a sector (e.g. {@code idva}); the first by code when there are several. */
	public Optional<UUID> agencyOfSector(UUID areaId, String sector) {
		return this.jdbc.sql("""
				select id from agency where area_id = :area and sector = :sector and active order by code limit 1
				""")
			.param("area", areaId)
			.param("sector", sector)
			.query(UUID.class)
			.optional();
	}

	/** A MARAC coordinator as another area's coordinator may reach them. */
	public record Coordinator(String name, @Nullable String email) {
	}

	/**
	 * The area's name and its enabled MARAC coordinators, for telling another area whom to talk to about a person both
	 * hold: directory data only, nothing about any case.
	 */
	public record AreaContacts(String areaName, List<Coordinator> coordinators) {

		public AreaContacts {
			coordinators = List.copyOf(coordinators);
		}

	}

	public AreaContacts contacts(UUID areaId) {
		String name = this.jdbc.sql("select name from area where id = :id").param("id", areaId).query(String.class).single();
		List<Coordinator> coordinators = this.jdbc.sql("""
				select u.display_name, u.email from app_user u
				join agency g on g.id = u.agency_id and g.area_id = :area
				join user_role r on r.user_id = u.id and r.role = 'COORDINATOR'
				where u.enabled order by u.display_name, u.id
				""")
			.param("area", areaId)
			.query((rs, row) -> new Coordinator(rs.getString("display_name"), rs.getString("email")))
			.list();
		return new AreaContacts(name, coordinators);
	}

}
