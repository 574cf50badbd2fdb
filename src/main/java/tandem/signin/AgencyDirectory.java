package tandem.signin;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tandem.agency.AgencyRef;

/** Finds an active agency by the qualified code that identity providers and tokens carry, e.g. {@code north-police}. */
@Repository
class AgencyDirectory {

	private final JdbcClient jdbc;

	AgencyDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Empty unless exactly one active agency has the code (area codes may contain hyphens too). */
	Optional<AgencyRef> find(String qualifiedCode) {
		List<AgencyRef> found = this.jdbc.sql("""
				select g.id, g.code, g.name, a.id as area_id, a.code as area_code
				from agency g join area a on a.id = g.area_id
				where a.code || '-' || g.code = :code and g.active
				""")
			.param("code", qualifiedCode)
			.query((rs, row) -> new AgencyRef(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"),
					rs.getObject("area_id", UUID.class), rs.getString("area_code")))
			.list();
		return found.size() == 1 ? Optional.of(found.getFirst()) : Optional.empty();
	}

}
