package tandem.agency;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and updates user accounts for sign-in. Administration of users lives in the administration pages. */
@Repository
public class UserAccounts {

	private static final String SELECT_ACCOUNT = """
			select u.id, u.username, u.display_name, u.password_hash, u.totp_secret, u.enabled, u.failed_sign_ins,
			       u.locked_until, g.id as agency_id, g.code as agency_code, g.name as agency_name,
			       a.id as area_id, a.code as area_code, a.totp_required
			from app_user u
			join agency g on g.id = u.agency_id
			join area a on a.id = g.area_id
			""";

	private final JdbcClient jdbc;

	UserAccounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<UserAccount> findByUsername(String username) {
		return this.jdbc.sql(SELECT_ACCOUNT + " where lower(u.username) = lower(:username)")
			.param("username", username)
			.query((rs, row) -> new UserAccount(rs.getObject("id", UUID.class), rs.getString("username"),
					rs.getString("display_name"), rs.getString("password_hash"), rs.getString("totp_secret"),
					rs.getBoolean("enabled"), rs.getInt("failed_sign_ins"), instant(rs.getTimestamp("locked_until")),
					new AgencyRef(rs.getObject("agency_id", UUID.class), rs.getString("agency_code"),
							rs.getString("agency_name"), rs.getObject("area_id", UUID.class), rs.getString("area_code")),
					Set.of(), rs.getBoolean("totp_required")))
			.optional()
			.map(account -> withRoles(account, rolesOf(account.id())));
	}

	public Set<Role> rolesOf(UUID userId) {
		List<Role> roles = this.jdbc.sql("select role from user_role where user_id = :id")
			.param("id", userId)
			.query((rs, row) -> Role.valueOf(rs.getString("role")))
			.list();
		return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
	}

	/** Counts a failed attempt and, when given, locks the account until then. */
	public void recordFailedSignIn(UUID userId, @Nullable Instant lockUntil) {
		this.jdbc.sql("""
				update app_user set failed_sign_ins = failed_sign_ins + 1,
				                    locked_until = coalesce(:lockUntil, locked_until)
				where id = :id
				""")
			.param("id", userId)
			.param("lockUntil", lockUntil == null ? null : Timestamp.from(lockUntil))
			.update();
	}

	public void recordSuccessfulSignIn(UUID userId, Instant at) {
		this.jdbc.sql("update app_user set failed_sign_ins = 0, locked_until = null, last_signed_in_at = :at where id = :id")
			.param("id", userId)
			.param("at", Timestamp.from(at))
			.update();
	}

	private static UserAccount withRoles(UserAccount a, Set<Role> roles) {
		return new UserAccount(a.id(), a.username(), a.displayName(), a.passwordHash(), a.totpSecret(), a.enabled(),
				a.failedSignIns(), a.lockedUntil(), a.agency(), roles, a.totpRequiredByArea());
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
