package tandem.audit;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tandem.Fixtures;
import tandem.TandemIntegrationTest;
import tandem.agency.Actor;
import tandem.agency.AgencyRef;
import tandem.agency.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@TandemIntegrationTest
class AuditAdminPageIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	Actor administrator;

	Actor coordinator;

	@BeforeEach
	void partnership() {
		AgencyRef council = this.fixtures.agency(this.fixtures.area(), "council");
		this.administrator = this.fixtures.user(council, Role.ADMINISTRATOR);
		this.coordinator = this.fixtures.user(council, Role.COORDINATOR, Role.CHAIR);
	}

	@Test
	void notSignedInIsSentToSignIn() throws Exception {
		this.mvc.perform(get("/admin/audit")).andExpect(redirectedUrl("/sign-in"));
		this.mvc.perform(post("/admin/audit/check").with(csrf())).andExpect(redirectedUrl("/sign-in"));
	}

	@Test
	void someoneWhoIsNotAnAdministratorIsRefused() throws Exception {
		this.mvc.perform(get("/admin/audit").with(as(this.coordinator))).andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/audit/check").with(as(this.coordinator)).with(csrf()))
			.andExpect(status().isForbidden());

		assertThat(checksRecordedFor(this.coordinator)).isEmpty();
	}

	@Test
	void anAdministratorSeesHowMuchIsSealed() throws Exception {
		this.mvc.perform(get("/admin/audit").with(as(this.administrator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Waiting for a seal")))
			.andExpect(content().string(containsString("Check the audit trail")));
	}

	@Test
	void anAdministratorRunsTheCheckSeesTheResultAndTheCheckIsAudited() throws Exception {
		MvcResult posted = this.mvc.perform(post("/admin/audit/check").with(as(this.administrator)).with(csrf()))
			.andExpect(redirectedUrl("/admin/audit"))
			.andExpect(flash().attributeExists("check"))
			.andReturn();
		AuditChainCheck check = (AuditChainCheck) posted.getFlashMap().get("check");

		// The result travels in the session (Spring Session JDBC), as it does for a browser.
		Cookie[] session = posted.getResponse().getCookies();
		assertThat(session).isNotEmpty();
		this.mvc.perform(get("/admin/audit").with(as(this.administrator)).cookie(session))
			.andExpect(status().isOk())
			.andExpect(model().attributeExists("check"))
			.andExpect(content().string(containsString(check.intact() ? "The audit trail is intact"
					: "The audit trail failed its check")));
		assertThat(checksRecordedFor(this.administrator)).containsExactly(check.intact() ? "SUCCESS" : "FAILURE");
	}

	@Test
	void aCheckPostedWithoutTheFormsTokenIsRefused() throws Exception {
		MvcResult refused = this.mvc.perform(post("/admin/audit/check").with(as(this.administrator))).andReturn();

		assertThat(refused.getResponse().getRedirectedUrl()).isNotEqualTo("/admin/audit");

		assertThat(checksRecordedFor(this.administrator)).isEmpty();
	}

	private List<String> checksRecordedFor(Actor actor) {
		return this.jdbc.sql("select outcome from audit_event where action = 'VERIFY' and actor_id = :id")
			.param("id", actor.id())
			.query(String.class)
			.list();
	}

	private static RequestPostProcessor as(Actor actor) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority("SIGNED_IN"));
		actor.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
		return authentication(UsernamePasswordAuthenticationToken.authenticated(actor, null, authorities));
	}

}
