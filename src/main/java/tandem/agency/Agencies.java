package tandem.agency;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The partnership's agencies. Other modules (sign-in, the demo partnership) look agencies up by their qualified code;
 * everything else here serves the administration pages.
 */
@Repository
public class Agencies {

	private static final String SELECT = """
			select g.id, g.area_id, a.code as area_code, g.code, g.name, g.sector, g.active, g.version
			from agency g join area a on a.id = g.area_id
			""";

	private final JdbcClient jdbc;

	Agencies(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The active agency with the given partnership-wide code, e.g. {@code north-police}. Empty when there is none, when
	 * it has been deactivated, or when the code is ambiguous (area codes may contain hyphens; adding an agency refuses
	 * a code that would make it so, but rows may come from elsewhere).
	 */
	public Optional<AgencyRef> findByQualifiedCode(String qualifiedCode) {
		List<AgencySummary> found = this.jdbc.sql(SELECT + " where a.code || '-' || g.code = :code and g.active")
			.param("code", qualifiedCode)
			.query(Agencies::map)
			.list();
		if (found.size() != 1) {
			return Optional.empty();
		}
		AgencySummary agency = found.getFirst();
		return Optional.of(new AgencyRef(agency.id(), agency.code(), agency.name(), agency.areaId(), agency.areaCode()));
	}

	List<AgencySummary> findAll() {
		return this.jdbc.sql(SELECT + " order by a.code, g.code").query(Agencies::map).list();
	}

	Optional<AgencySummary> findById(UUID id) {
		return this.jdbc.sql(SELECT + " where g.id = :id").param("id", id).query(Agencies::map).optional();
	}

	boolean qualifiedCodeTaken(String qualifiedCode) {
		return this.jdbc.sql("""
				select exists (select 1 from agency g join area a on a.id = g.area_id
				               where a.code || '-' || g.code = :code)
				""")
			.param("code", qualifiedCode)
			.query(Boolean.class)
			.single();
	}

	void insert(UUID id, UUID areaId, String code, String name, String sector) {
		this.jdbc.sql("insert into agency (id, area_id, code, name, sector) values (:id, :area, :code, :name, :sector)")
			.param("id", id)
			.param("area", areaId)
			.param("code", code)
			.param("name", name)
			.param("sector", sector)
			.update();
	}

	/** False when the row is at another version than the one the change was based on. */
	boolean update(UUID id, String name, String sector, int version) {
		return this.jdbc.sql("""
				update agency set name = :name, sector = :sector, version = version + 1
				where id = :id and version = :version
				""")
			.param("id", id)
			.param("name", name)
			.param("sector", sector)
			.param("version", version)
			.update() == 1;
	}

	/** False when the agency was already in that state. */
	boolean setActive(UUID id, boolean active) {
		return this.jdbc.sql("update agency set active = :active, version = version + 1 where id = :id and active <> :active")
			.param("id", id)
			.param("active", active)
			.update() == 1;
	}

	private static AgencySummary map(ResultSet rs, int row) throws SQLException {
		return new AgencySummary(rs.getObject("id", UUID.class), rs.getObject("area_id", UUID.class),
				rs.getString("area_code"), rs.getString("code"), rs.getString("name"), rs.getString("sector"),
				rs.getBoolean("active"), rs.getInt("version"));
	}

}
