package tandem.signin;

import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tandem.Fixtures;
import tandem.TandemIntegrationTest;
import tandem.agency.Actor;
import tandem.agency.AgencyRef;
import tandem.agency.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@TandemIntegrationTest
class SecondFactorIntegrationTest {

	private static final Pattern SETUP_KEY = Pattern.compile("id=\"setup-key\">([A-Z2-7 ]+)<");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theCodePagesRefuseAnyoneNotHalfwayThroughSignIn() throws Exception {
		this.mvc.perform(get("/sign-in/code")).andExpect(redirectedUrl("/sign-in"));
		this.mvc.perform(get("/sign-in/set-up-code")).andExpect(redirectedUrl("/sign-in"));
		Actor signedIn = this.fixtures.user(agency(), Role.REFERRER);
		this.mvc.perform(get("/sign-in/code").with(authentication(SignedIn.fully(signedIn))))
			.andExpect(status().isForbidden());
	}

	@Test
	void thePasswordAloneGivesOnlyAPendingSignInFromWhichNothingElseIsReachable() throws Exception {
		Actor user = this.fixtures.user(agency(), Role.COORDINATOR);
		withSecret(user);
		BrowserSession browser = new BrowserSession(this.mvc);

		signInWithPassword(browser, user).andExpect(redirectedUrl("/sign-in/code"))
			.andExpect(authenticated().withAuthorities(List.of(
					new org.springframework.security.core.authority.SimpleGrantedAuthority("SECOND_FACTOR_PENDING"))));

		browser.perform(get("/")).andExpect(redirectedUrl("/sign-in/code"));
		browser.perform(get("/account")).andExpect(redirectedUrl("/sign-in/code"));
		browser.perform(get("/sign-in/code")).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Security code")));
		assertThat(signIns(user, "SUCCESS")).isZero();
	}

	@Test
	void theRightCodeCompletesSignInWithTheRolesAndIsAudited() throws Exception {
		Actor user = this.fixtures.user(agency(), Role.COORDINATOR);
		String secret = withSecret(user);
		BrowserSession browser = new BrowserSession(this.mvc);
		signInWithPassword(browser, user);

		browser.perform(post("/sign-in/code").param("code", codeNow(secret)).with(csrf()))
			.andExpect(redirectedUrl("/"))
			.andExpect(authenticated().withRoles("COORDINATOR"));

		browser.perform(get("/")).andExpect(status().isOk());
		assertThat(signIns(user, "SUCCESS")).isOne();
	}

	@Test
	void aCodeAlreadyUsedIsRefused() throws Exception {
		Actor user = this.fixtures.user(agency(), Role.REFERRER);
		String secret = withSecret(user);
		String code = codeNow(secret);
		BrowserSession first = new BrowserSession(this.mvc);
		signInWithPassword(first, user);
		first.perform(post("/sign-in/code").param("code", code).with(csrf())).andExpect(redirectedUrl("/"));

		BrowserSession replay = new BrowserSession(this.mvc);
		signInWithPassword(replay, user);
		replay.perform(post("/sign-in/code").param("code", code).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Error: Enter your security code")));

		replay.perform(get("/")).andExpect(redirectedUrl("/sign-in/code"));
		assertThat(signIns(user, "FAILURE")).isOne();
	}

	@Test
	void wrongCodesCountTowardsTheLockAndAreAudited() throws Exception {
		Actor user = this.fixtures.user(agency(), Role.REFERRER);
		String secret = withSecret(user);
		String wrong = codeNow(secret).equals("000000") ? "111111" : "000000";
		BrowserSession browser = new BrowserSession(this.mvc);
		signInWithPassword(browser, user);

		for (int attempt = 1; attempt < LocalAccountAuthentication.FAILURES_BEFORE_LOCK; attempt++) {
			browser.perform(post("/sign-in/code").param("code", wrong).with(csrf())).andExpect(status().isOk());
		}
		browser.perform(post("/sign-in/code").param("code", wrong).with(csrf()))
			.andExpect(redirectedUrl("/sign-in?error"));

		// Locked: the right password and a fresh code get nowhere.
		BrowserSession again = new BrowserSession(this.mvc);
		signInWithPassword(again, user).andExpect(redirectedUrl("/sign-in?error"));
		assertThat(signIns(user, "FAILURE")).isEqualTo(LocalAccountAuthentication.FAILURES_BEFORE_LOCK);
	}

	@Test
	void anAreaThatRequiresCodesSendsSomeoneWithoutOneToSetItUpFirst() throws Exception {
		Fixtures.AreaFixture area = this.fixtures.area();
		this.jdbc.sql("update area set totp_required = true where id = :id").param("id", area.id()).update();
		Actor user = this.fixtures.user(this.fixtures.agency(area, "police"), Role.REFERRER);
		BrowserSession browser = new BrowserSession(this.mvc);

		signInWithPassword(browser, user).andExpect(redirectedUrl("/sign-in/set-up-code"));
		browser.perform(get("/")).andExpect(redirectedUrl("/sign-in/set-up-code"));
		String page = browser.perform(get("/sign-in/set-up-code")).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("otpauth://totp/Tandem")))
			.andReturn().getResponse().getContentAsString();
		String secret = setupKey(page);

		browser.perform(post("/sign-in/set-up-code").param("code", "12345").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Error: Set up a security code")));
		browser.perform(post("/sign-in/set-up-code").param("code", codeNow(secret)).with(csrf()))
			.andExpect(redirectedUrl("/"))
			.andExpect(authenticated().withRoles("REFERRER"));

		assertThat(storedSecret(user)).isEqualTo(secret);
		assertThat(signIns(user, "SUCCESS")).isOne();
	}

	@Test
	void aPendingUserWithACodeCannotReplaceIt() throws Exception {
		Actor user = this.fixtures.user(agency(), Role.REFERRER);
		String secret = withSecret(user);
		BrowserSession browser = new BrowserSession(this.mvc);
		signInWithPassword(browser, user);

		browser.perform(get("/sign-in/set-up-code")).andExpect(redirectedUrl("/sign-in/code"));
		browser.perform(post("/sign-in/set-up-code").param("code", "123456").with(csrf()))
			.andExpect(redirectedUrl("/sign-in?error"));
		assertThat(storedSecret(user)).isEqualTo(secret);
	}

	@Test
	void aSignedInUserCanSetUpACodeFromTheirAccountPage() throws Exception {
		this.mvc.perform(get("/account")).andExpect(redirectedUrl("/sign-in"));
		Actor user = this.fixtures.user(agency(), Role.REFERRER);
		BrowserSession browser = new BrowserSession(this.mvc);
		browser.perform(post("/sign-in").param("username", user.name()).param("password", Fixtures.PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/"));

		browser.perform(get("/account")).andExpect(content().string(org.hamcrest.Matchers.containsString("Not set up")));
		String secret = setupKey(browser.perform(get("/account/set-up-code")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
		browser.perform(post("/account/set-up-code").param("code", codeNow(secret)).with(csrf()))
			.andExpect(redirectedUrl("/account?code-set-up"));

		assertThat(storedSecret(user)).isEqualTo(secret);
		browser.perform(get("/account/set-up-code")).andExpect(redirectedUrl("/account"));
		BrowserSession next = new BrowserSession(this.mvc);
		signInWithPassword(next, user).andExpect(redirectedUrl("/sign-in/code"));
	}

	private org.springframework.test.web.servlet.ResultActions signInWithPassword(BrowserSession browser, Actor user)
			throws Exception {
		return browser.perform(post("/sign-in").param("username", user.name()).param("password", Fixtures.PASSWORD)
			.with(csrf()));
	}

	private AgencyRef agency() {
		return this.fixtures.agency(this.fixtures.area(), "police");
	}

	private String withSecret(Actor user) {
		String secret = Base32.encode(Totp.newSecret());
		this.jdbc.sql("update app_user set totp_secret = :secret where id = :id")
			.param("secret", secret).param("id", user.userId()).update();
		return secret;
	}

	private String storedSecret(Actor user) {
		return this.jdbc.sql("select totp_secret from app_user where id = :id").param("id", user.userId())
			.query(String.class).single();
	}

	private static String codeNow(String secret) {
		return Totp.code(Base32.decode(secret), Totp.stepAt(Instant.now()), Totp.DIGITS);
	}

	private static String setupKey(String page) {
		Matcher matcher = SETUP_KEY.matcher(page);
		assertThat(matcher.find()).as("setup key shown").isTrue();
		return matcher.group(1).replace(" ", "");
	}

	private int signIns(Actor user, String outcome) {
		return this.jdbc.sql("select count(*) from audit_event where action = 'SIGN_IN' and actor_id = :id and outcome = :outcome")
			.param("id", user.id()).param("outcome", outcome).query(Integer.class).single();
	}


}
