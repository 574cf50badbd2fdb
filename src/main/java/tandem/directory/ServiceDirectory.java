package tandem.directory;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the directory: the services that cover an area, and one service. Public, as it holds no personal data. */
@Repository
public class ServiceDirectory {

	private static final String SELECT = """
			select s.*, g.name as organisation,
			       array(select a.name from area a where a.id = any(s.area_ids) order by a.name) as area_names,
			       (select a.name from area a where a.id = s.located_in_area_id) as located_in_area
			from directory_service s join agency g on g.id = s.agency_id
			""";

	private final JdbcClient jdbc;

	ServiceDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Active services covering the area, optionally of one kind, by kind then name. */
	public List<DirectoryEntry> coveringArea(UUID areaId, @Nullable ServiceKind kind) {
		return this.jdbc.sql(SELECT + """
				where s.active and :area = any(s.area_ids) and (cast(:kind as text) is null or s.kind = :kind)
				order by s.kind, s.name
				""")
			.param("area", areaId)
			.param("kind", kind == null ? null : kind.name())
			.query(ServiceDirectory::entry)
			.list();
	}

	public Optional<DirectoryEntry> find(UUID id) {
		return this.jdbc.sql(SELECT + " where s.id = :id").param("id", id).query(ServiceDirectory::entry).optional();
	}

	private static DirectoryEntry entry(ResultSet rs, int row) throws SQLException {
		Instant updated = rs.getTimestamp("capacity_updated_at") == null ? null
				: rs.getTimestamp("capacity_updated_at").toInstant();
		return new DirectoryEntry(rs.getObject("id", UUID.class), rs.getObject("agency_id", UUID.class),
				rs.getString("organisation"), rs.getString("name"), ServiceKind.valueOf(rs.getString("kind")),
				rs.getString("description"), strings(rs.getArray("area_names")), strings(rs.getArray("risk_levels")),
				(Integer) rs.getObject("min_age"), (Integer) rs.getObject("max_age"), rs.getString("genders"),
				rs.getString("needs"), strings(rs.getArray("languages")), rs.getString("how_to_refer"),
				rs.getString("located_in_area"), (Integer) rs.getObject("spaces_free"),
				(Integer) rs.getObject("waiting_weeks"), updated, rs.getBoolean("accepts_non_mandated"),
				rs.getInt("version"));
	}

	private static List<String> strings(@Nullable Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

}
