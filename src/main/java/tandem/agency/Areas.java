package tandem.agency;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The partnership's areas (one MARAC each). */
@Repository
class Areas {

	private static final String SELECT = "select id, code, name, totp_required, version from area";

	private final JdbcClient jdbc;

	Areas(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<AreaSummary> findAll() {
		return this.jdbc.sql(SELECT + " order by code").query(Areas::map).list();
	}

	Optional<AreaSummary> findById(UUID id) {
		return this.jdbc.sql(SELECT + " where id = :id").param("id", id).query(Areas::map).optional();
	}

	boolean codeTaken(String code) {
		return this.jdbc.sql("select exists (select 1 from area where code = :code)")
			.param("code", code)
			.query(Boolean.class)
			.single();
	}

	void insert(UUID id, String code, String name) {
		this.jdbc.sql("insert into area (id, code, name) values (:id, :code, :name)")
			.param("id", id)
			.param("code", code)
			.param("name", name)
			.update();
	}

	/** False when the row is at another version than the one the change was based on. */
	boolean update(UUID id, String name, boolean totpRequired, int version) {
		return this.jdbc.sql("""
				update area set name = :name, totp_required = :totp, version = version + 1
				where id = :id and version = :version
				""")
			.param("id", id)
			.param("name", name)
			.param("totp", totpRequired)
			.param("version", version)
			.update() == 1;
	}

	private static AreaSummary map(ResultSet rs, int row) throws SQLException {
		return new AreaSummary(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"),
				rs.getBoolean("totp_required"), rs.getInt("version"));
	}

}
