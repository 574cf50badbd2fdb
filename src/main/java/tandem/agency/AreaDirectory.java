package tandem.agency;

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
