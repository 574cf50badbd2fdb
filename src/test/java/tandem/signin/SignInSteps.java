package tandem.signin;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.ResultActions;

import tandem.Fixtures;
import tandem.agency.Actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** What the sign-in tests do again and again: sign in with a password, give users secrets, read codes and audits. */
final class SignInSteps {

	private static final Pattern SETUP_KEY = Pattern.compile("id=\"setup-key\">([A-Z2-7 ]+)<");

	private final JdbcClient jdbc;

	SignInSteps(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	static ResultActions signInWithPassword(BrowserSession browser, Actor user) throws Exception {
		return browser.perform(post("/sign-in").param("username", user.name()).param("password", Fixtures.PASSWORD)
			.with(csrf()));
	}

	/** Gives the user a TOTP secret, as if they had set one up; returns it in base32. */
	String withSecret(Actor user) {
		String secret = Base32.encode(Totp.newSecret());
		this.jdbc.sql("update app_user set totp_secret = :secret where id = :id")
			.param("secret", secret).param("id", user.userId()).update();
		return secret;
	}

	String storedSecret(Actor user) {
		return this.jdbc.sql("select totp_secret from app_user where id = :id").param("id", user.userId())
			.query(String.class).single();
	}

	int signIns(Actor user, String outcome) {
		return this.jdbc.sql("select count(*) from audit_event where action = 'SIGN_IN' and actor_id = :id and outcome = :outcome")
			.param("id", user.id()).param("outcome", outcome).query(Integer.class).single();
	}

	static String codeNow(String secret) {
		return Totp.code(Base32.decode(secret), Totp.stepAt(Instant.now()), Totp.DIGITS);
	}

	/** The setup key the set-up page shows, without its spaces. */
	static String setupKey(String page) {
		Matcher matcher = SETUP_KEY.matcher(page);
		assertThat(matcher.find()).as("setup key shown").isTrue();
		return matcher.group(1).replace(" ", "");
	}

}
