package tandem.agency;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

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

}
