package tandem.signin;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

import tandem.Fixtures;
import tandem.TandemIntegrationTest;
import tandem.agency.Actor;
import tandem.agency.AgencyRef;
import tandem.agency.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The security code step after the password: only it is reachable, codes are checked once, wrong ones lock. */
@TandemIntegrationTest
class SecondFactorIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	SignInSteps steps;

	@BeforeEach
	void steps() {
		this.steps = new SignInSteps(this.jdbc);
	}

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
		this.steps.withSecret(user);
		BrowserSession browser = new BrowserSession(this.mvc);

		SignInSteps.signInWithPassword(browser, user).andExpect(redirectedUrl("/sign-in/code"))
			.andExpect(authenticated().withAuthorities(List.of(
					new SimpleGrantedAuthority("SECOND_FACTOR_PENDING"))));

		browser.perform(get("/")).andExpect(redirectedUrl("/sign-in/code"));
		browser.perform(get("/account")).andExpect(redirectedUrl("/sign-in/code"));
		browser.perform(get("/sign-in/code")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Security code")));
		assertThat(this.steps.signIns(user, "SUCCESS")).isZero();
	}

	@Test
	void theRightCodeCompletesSignInWithTheRolesAndIsAudited() throws Exception {
		Actor user = this.fixtures.user(agency(), Role.COORDINATOR);
		String secret = this.steps.withSecret(user);
		BrowserSession browser = new BrowserSession(this.mvc);
		SignInSteps.signInWithPassword(browser, user);

		browser.perform(post("/sign-in/code").param("code", SignInSteps.codeNow(secret)).with(csrf()))
			.andExpect(redirectedUrl("/"))
			.andExpect(authenticated().withRoles("COORDINATOR"));

		browser.perform(get("/")).andExpect(status().isOk());
		assertThat(this.steps.signIns(user, "SUCCESS")).isOne();
	}

	@Test
	void aCodeAlreadyUsedIsRefused() throws Exception {
		Actor user = this.fixtures.user(agency(), Role.REFERRER);
		String secret = this.steps.withSecret(user);
		String code = SignInSteps.codeNow(secret);
		BrowserSession first = new BrowserSession(this.mvc);
		SignInSteps.signInWithPassword(first, user);
		first.perform(post("/sign-in/code").param("code", code).with(csrf())).andExpect(redirectedUrl("/"));

		BrowserSession replay = new BrowserSession(this.mvc);
		SignInSteps.signInWithPassword(replay, user);
		replay.perform(post("/sign-in/code").param("code", code).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Error: Enter your security code")));

		replay.perform(get("/")).andExpect(redirectedUrl("/sign-in/code"));
		assertThat(this.steps.signIns(user, "FAILURE")).isOne();
	}

	@Test
	void wrongCodesCountTowardsTheLockAndAreAudited() throws Exception {
		Actor user = this.fixtures.user(agency(), Role.REFERRER);
		String secret = this.steps.withSecret(user);
		String wrong = SignInSteps.codeNow(secret).equals("000000") ? "111111" : "000000";
		BrowserSession browser = new BrowserSession(this.mvc);
		SignInSteps.signInWithPassword(browser, user);

		for (int attempt = 1; attempt < LocalAccountAuthentication.FAILURES_BEFORE_LOCK; attempt++) {
			browser.perform(post("/sign-in/code").param("code", wrong).with(csrf())).andExpect(status().isOk());
		}
		browser.perform(post("/sign-in/code").param("code", wrong).with(csrf()))
			.andExpect(redirectedUrl("/sign-in?error"));

		// Locked: the right password and a fresh code get nowhere.
		BrowserSession again = new BrowserSession(this.mvc);
		SignInSteps.signInWithPassword(again, user).andExpect(redirectedUrl("/sign-in?error"));
		assertThat(this.steps.signIns(user, "FAILURE")).isEqualTo(LocalAccountAuthentication.FAILURES_BEFORE_LOCK);
	}

	private AgencyRef agency() {
		return this.fixtures.agency(this.fixtures.area(), "police");
	}

}
