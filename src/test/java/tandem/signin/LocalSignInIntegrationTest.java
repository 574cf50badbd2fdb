package tandem.signin;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tandem.Fixtures;
import tandem.TandemIntegrationTest;
import tandem.agency.Actor;
import tandem.agency.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@TandemIntegrationTest
class LocalSignInIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Test
	void homeRedirectsToSignInWhenNotSignedIn() throws Exception {
		this.mvc.perform(get("/")).andExpect(status().is3xxRedirection());
	}

	@Test
	void signsInWithTheRightPasswordAndAuditsIt() throws Exception {
		Actor user = this.fixtures.user(this.fixtures.agency(this.fixtures.area(), "police"), Role.REFERRER);

		this.mvc.perform(formLogin("/sign-in").user(user.name()).password(Fixtures.PASSWORD))
			.andExpect(authenticated().withRoles("REFERRER"))
			.andExpect(redirectedUrl("/"));

		assertThat(signInOutcomes(user.id())).containsExactly("SUCCESS");
	}

	@Test
	void wrongPasswordUnknownUserAndLockedAccountFailAlike() throws Exception {
		Actor user = this.fixtures.user(this.fixtures.agency(this.fixtures.area(), "police"), Role.REFERRER);

		for (int attempt = 1; attempt <= LocalAccountAuthentication.FAILURES_BEFORE_LOCK; attempt++) {
			this.mvc.perform(formLogin("/sign-in").user(user.name()).password("wrong"))
				.andExpect(unauthenticated())
				.andExpect(redirectedUrl("/sign-in?error"));
		}
		// Locked now: even the right password fails, with the same answer as an unknown user.
		this.mvc.perform(formLogin("/sign-in").user(user.name()).password(Fixtures.PASSWORD))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/sign-in?error"));
		this.mvc.perform(formLogin("/sign-in").user("nobody-" + user.name()).password(Fixtures.PASSWORD))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/sign-in?error"));

		Integer failures = this.jdbc.sql("""
				select count(*) from audit_event
				where action = 'SIGN_IN' and outcome = 'FAILURE' and actor_name = :name
				""").param("name", user.name()).query(Integer.class).single();
		assertThat(failures).isEqualTo(LocalAccountAuthentication.FAILURES_BEFORE_LOCK + 1);
	}

	private java.util.List<String> signInOutcomes(String actorId) {
		return this.jdbc.sql("select outcome from audit_event where action = 'SIGN_IN' and actor_id = :id")
			.param("id", actorId).query(String.class).list();
	}

}
