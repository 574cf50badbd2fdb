package tandem.agency;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** User accounts as administrators manage them. Never reads the password hash or the TOTP secret. */
@Repository
class Users {

	private static final String SELECT = """
			select u.id, u.username, u.display_name, u.email, u.enabled, u.failed_sign_ins, u.locked_until,
			       u.totp_secret is not null as totp_enrolled, u.version,
			       g.id as agency_id, g.name as agency_name, a.code || '-' || g.code as agency_code,
			       array(select r.role from user_role r where r.user_id = u.id) as roles
			from app_user u
			join agency g on g.id = u.agency_id
			join area a on a.id = g.area_id
			""";

	private final JdbcClient jdbc;

	Users(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Users in an area and/or agency (either may be null for all), by name, at most {@code limit} of them. */
	List<UserSummary> find(@Nullable UUID areaId, @Nullable UUID agencyId, int limit) {
		List<String> conditions = new ArrayList<>();
		if (areaId != null) {
			conditions.add("a.id = :area");
		}
		if (agencyId != null) {
			conditions.add("g.id = :agency");
		}
		String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
		var statement = this.jdbc.sql(SELECT + where + " order by lower(u.display_name), lower(u.username) limit :limit")
			.param("limit", limit);
		if (areaId != null) {
			statement = statement.param("area", areaId);
		}
		if (agencyId != null) {
			statement = statement.param("agency", agencyId);
		}
		return statement.query(Users::map).list();
	}

	Optional<UserSummary> findById(UUID id) {
		return this.jdbc.sql(SELECT + " where u.id = :id").param("id", id).query(Users::map).optional();
	}

	boolean usernameTaken(String username) {
		return this.jdbc.sql("select exists (select 1 from app_user where lower(username) = lower(:username))")
			.param("username", username)
			.query(Boolean.class)
			.single();
	}

	void insert(UUID id, UUID agencyId, String username, String displayName, @Nullable String email,
			String passwordHash, Set<Role> roles) {
		this.jdbc.sql("""
				insert into app_user (id, agency_id, username, display_name, email, password_hash)
				values (:id, :agency, :username, :displayName, :email, :hash)
				""")
			.param("id", id)
			.param("agency", agencyId)
			.param("username", username)
			.param("displayName", displayName)
			.param("email", email)
			.param("hash", passwordHash)
			.update();
		insertRoles(id, roles);
	}

	/** False when the row is at another version than the one the change was based on. */
	boolean update(UUID id, String displayName, @Nullable String email, UUID agencyId, int version) {
		return this.jdbc.sql("""
				update app_user set display_name = :displayName, email = :email, agency_id = :agency,
				                    version = version + 1
				where id = :id and version = :version
				""")
			.param("id", id)
			.param("displayName", displayName)
			.param("email", email)
			.param("agency", agencyId)
			.param("version", version)
			.update() == 1;
	}

	void replaceRoles(UUID id, Set<Role> roles) {
		this.jdbc.sql("delete from user_role where user_id = :id").param("id", id).update();
		insertRoles(id, roles);
	}

	/** False when the user was already in that state. */
	boolean setEnabled(UUID id, boolean enabled) {
		return this.jdbc.sql("""
				update app_user set enabled = :enabled, version = version + 1
				where id = :id and enabled <> :enabled
				""")
			.param("id", id)
			.param("enabled", enabled)
			.update() == 1;
	}

	void unlock(UUID id) {
		this.jdbc.sql("update app_user set failed_sign_ins = 0, locked_until = null where id = :id").param("id", id).update();
	}

	void setPasswordHash(UUID id, String passwordHash) {
		this.jdbc.sql("update app_user set password_hash = :hash where id = :id")
			.param("id", id)
			.param("hash", passwordHash)
			.update();
	}

	/**
	 * Ends the user's sessions (they are in the database, shared by every node) so that a change to what they may do
	 * applies at once rather than when they next sign in. The session's principal name is the actor's opaque id.
	 */
	void endSessions(UUID id) {
		this.jdbc.sql("delete from spring_session where principal_name = :principal")
			.param("principal", "user:" + id)
			.update();
	}

	private void insertRoles(UUID id, Set<Role> roles) {
		for (Role role : roles) {
			this.jdbc.sql("insert into user_role (user_id, role) values (:id, :role)")
				.param("id", id)
				.param("role", role.name())
				.update();
		}
	}

	private static UserSummary map(ResultSet rs, int row) throws SQLException {
		Timestamp lockedUntil = rs.getTimestamp("locked_until");
		return new UserSummary(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("display_name"),
				rs.getString("email"), rs.getObject("agency_id", UUID.class), rs.getString("agency_name"),
				rs.getString("agency_code"), roles(rs.getArray("roles")), rs.getBoolean("enabled"),
				rs.getInt("failed_sign_ins"), lockedUntil == null ? null : lockedUntil.toInstant(),
				rs.getBoolean("totp_enrolled"), rs.getInt("version"));
	}

	private static Set<Role> roles(Array array) throws SQLException {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (Object role : (Object[]) array.getArray()) {
			roles.add(Role.valueOf((String) role));
		}
		return roles;
	}

}
