package tandem.signin;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores users' TOTP secrets and the last time step accepted. Both updates are conditional, so two requests racing
 * with the same code, or a second enrolment racing the first, cannot both succeed.
 */
@Repository
class TotpSecrets {

	private final JdbcClient jdbc;

	TotpSecrets(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** True when the step is later than any accepted before; false means the code is a replay. */
	boolean accept(UUID userId, long step) {
		return this.jdbc.sql("""
				update app_user set totp_last_step = :step
				where id = :id and totp_secret is not null and (totp_last_step is null or totp_last_step < :step)
				""").param("id", userId).param("step", step).update() == 1;
	}

	/** Saves a first secret, with the step of the code that confirmed it; false if the user already has one. */
	boolean enrol(UUID userId, String base32Secret, long confirmedStep) {
		return this.jdbc.sql("""
				update app_user set totp_secret = :secret, totp_last_step = :step
				where id = :id and totp_secret is null
				""").param("id", userId).param("secret", base32Secret).param("step", confirmedStep).update() == 1;
	}

	/** Whether the user has a security code set up, and whether they sign in elsewhere (single sign-on) instead. */
	CodeStatus status(UUID userId) {
		return this.jdbc.sql("select totp_secret is not null as enrolled, external_subject is not null as external "
				+ "from app_user where id = :id")
			.param("id", userId)
			.query((rs, row) -> new CodeStatus(rs.getBoolean("enrolled"), rs.getBoolean("external")))
			.single();
	}

	record CodeStatus(boolean enrolled, boolean external) {

		public boolean canSetUp() {
			return !this.enrolled && !this.external;
		}

	}

}
