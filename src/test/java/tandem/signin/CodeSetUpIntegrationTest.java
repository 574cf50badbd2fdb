package tandem.signin;

import org.junit.jupiter.api.BeforeEach;
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
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Setting up a security code: required by the area during sign-in, or chosen from the account page. */
@TandemIntegrationTest
class CodeSetUpIntegrationTest {

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
	void anAreaThatRequiresCodesSendsSomeoneWithoutOneToSetItUpFirst() throws Exception {
		Fixtures.AreaFixture area = this.fixtures.area();
		this.jdbc.sql("update area set totp_required = true where id = :id").param("id", area.id()).update();
		Actor user = this.fixtures.user(this.fixtures.agency(area, "police"), Role.REFERRER);
		BrowserSession browser = new BrowserSession(this.mvc);

		SignInSteps.signInWithPassword(browser, user).andExpect(redirectedUrl("/sign-in/set-up-code"));
		browser.perform(get("/")).andExpect(redirectedUrl("/sign-in/set-up-code"));
		String page = browser.perform(get("/sign-in/set-up-code")).andExpect(status().isOk())
			.andExpect(content().string(containsString("otpauth://totp/Tandem")))
			.andReturn().getResponse().getContentAsString();
		String secret = SignInSteps.setupKey(page);

		browser.perform(post("/sign-in/set-up-code").param("code", "12345").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Error: Set up a security code")));
		browser.perform(post("/sign-in/set-up-code").param("code", SignInSteps.codeNow(secret)).with(csrf()))
			.andExpect(redirectedUrl("/"))
			.andExpect(authenticated().withRoles("REFERRER"));

		assertThat(this.steps.storedSecret(user)).isEqualTo(secret);
		assertThat(this.steps.signIns(user, "SUCCESS")).isOne();
	}

	@Test
	void aPendingUserWithACodeCannotReplaceIt() throws Exception {
		Actor user = this.fixtures.user(agency(), Role.REFERRER);
		String secret = this.steps.withSecret(user);
		BrowserSession browser = new BrowserSession(this.mvc);
		SignInSteps.signInWithPassword(browser, user);

		browser.perform(get("/sign-in/set-up-code")).andExpect(redirectedUrl("/sign-in/code"));
		browser.perform(post("/sign-in/set-up-code").param("code", "123456").with(csrf()))
			.andExpect(redirectedUrl("/sign-in?error"));
		assertThat(this.steps.storedSecret(user)).isEqualTo(secret);
	}

	@Test
	void aSignedInUserCanSetUpACodeFromTheirAccountPage() throws Exception {
		this.mvc.perform(get("/account")).andExpect(redirectedUrl("/sign-in"));
		Actor user = this.fixtures.user(agency(), Role.REFERRER);
		BrowserSession browser = new BrowserSession(this.mvc);
		browser.perform(post("/sign-in").param("username", user.name()).param("password", Fixtures.PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/"));

		browser.perform(get("/account")).andExpect(content().string(containsString("Not set up")));
		String secret = SignInSteps.setupKey(browser.perform(get("/account/set-up-code")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
		browser.perform(post("/account/set-up-code").param("code", SignInSteps.codeNow(secret)).with(csrf()))
			.andExpect(redirectedUrl("/account?code-set-up"));

		assertThat(this.steps.storedSecret(user)).isEqualTo(secret);
		browser.perform(get("/account/set-up-code")).andExpect(redirectedUrl("/account"));
		BrowserSession next = new BrowserSession(this.mvc);
		SignInSteps.signInWithPassword(next, user).andExpect(redirectedUrl("/sign-in/code"));
	}

	private AgencyRef agency() {
		return this.fixtures.agency(this.fixtures.area(), "police");
	}

}
