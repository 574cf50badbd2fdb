package tandem.agency;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tandem.Fixtures;
import tandem.Fixtures.AreaFixture;
import tandem.TandemIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tandem.agency.AdminTesting.SIGN_IN_PAGE;
import static tandem.agency.AdminTesting.as;
import static tandem.agency.AdminTesting.auditDetails;

@TandemIntegrationTest
class UserAdministrationIntegrationTest {

	static final String NEW_PASSWORD = "a new password of some length";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	AreaFixture area;

	AgencyRef police;

	AgencyRef idva;

	Actor admin;

	Actor coordinator;

	Actor referrer;

	@BeforeEach
	void partnership() {
		this.area = this.fixtures.area();
		this.police = this.fixtures.agency(this.area, "police");
		this.idva = this.fixtures.agency(this.area, "idva");
		this.admin = this.fixtures.user(this.police, Role.ADMINISTRATOR);
		this.coordinator = this.fixtures.user(this.police, Role.COORDINATOR);
		this.referrer = this.fixtures.user(this.police, Role.REFERRER);
	}

	@Test
	void notSignedInIsSentToSignIn() throws Exception {
		String username = Fixtures.unique("nobody");
		this.mvc.perform(get("/admin/users")).andExpect(redirectedUrl(SIGN_IN_PAGE));
		this.mvc.perform(get("/admin/users/{id}", this.referrer.userId())).andExpect(redirectedUrl(SIGN_IN_PAGE));
		this.mvc.perform(addUser(username, this.police)).andExpect(redirectedUrl(SIGN_IN_PAGE));
		this.mvc.perform(post("/admin/users/{id}/disable", this.referrer.userId()).with(csrf()))
			.andExpect(redirectedUrl(SIGN_IN_PAGE));

		assertThat(userExists(username)).isFalse();
		assertThat(enabled(this.referrer)).isTrue();
	}

	@Test
	void someoneWhoIsNotAnAdministratorIsRefusedAndNothingChanges() throws Exception {
		String username = Fixtures.unique("refused");
		this.mvc.perform(get("/admin/users").with(as(this.coordinator))).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/users/{id}", this.referrer.userId()).with(as(this.coordinator)))
			.andExpect(status().isForbidden());
		this.mvc.perform(addUser(username, this.police).with(as(this.coordinator))).andExpect(status().isForbidden());
		this.mvc.perform(changeUser(this.referrer, "Renamed", Role.ADMINISTRATOR, 0).with(as(this.coordinator)))
			.andExpect(status().isForbidden());
		for (String action : new String[] { "disable", "unlock" }) {
			this.mvc.perform(post("/admin/users/{id}/" + action, this.referrer.userId()).with(as(this.coordinator)).with(csrf()))
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(post("/admin/users/{id}/password", this.referrer.userId()).with(as(this.coordinator)).with(csrf())
				.param("password", NEW_PASSWORD))
			.andExpect(status().isForbidden());

		assertThat(userExists(username)).isFalse();
		assertThat(enabled(this.referrer)).isTrue();
		assertThat(roles(this.referrer.userId())).containsExactly("REFERRER");
		signInAsReferrer(Fixtures.PASSWORD).andExpect(authenticated());
	}

	@Test
	void anAdministratorAddsAUserWhoCanThenSignIn() throws Exception {
		String username = Fixtures.unique("Added");

		String location = this.mvc.perform(addUser(username, this.police).with(as(this.admin)))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();

		UUID id = this.jdbc.sql("select id from app_user where username = :username").param("username", username)
			.query(UUID.class).single();
		assertThat(location).isEqualTo("/admin/users/" + id);
		assertThat(roles(id)).containsExactlyInAnyOrder("REFERRER", "CASEWORKER");
		assertThat(this.jdbc.sql("select password_hash from app_user where id = :id").param("id", id).query(String.class)
			.single()).startsWith("$argon2id$");
		assertThat(auditDetails(this.jdbc, this.admin, "CREATE", "user", id))
			.containsExactly("agency: " + this.police.qualifiedCode() + "; roles: +REFERRER +CASEWORKER");

		this.mvc.perform(formLogin("/sign-in").user(username.toLowerCase()).password(NEW_PASSWORD))
			.andExpect(authenticated().withRoles("REFERRER", "CASEWORKER"));
	}

	@Test
	void theListFiltersByAgencyAndShowsStatus() throws Exception {
		this.jdbc.sql("update app_user set enabled = false where id = :id").param("id", this.coordinator.userId()).update();
		this.jdbc.sql("update app_user set locked_until = now() + interval '10 minutes' where id = :id")
			.param("id", this.referrer.userId()).update();
		Actor elsewhere = this.fixtures.user(this.idva, Role.CASEWORKER);

		this.mvc.perform(get("/admin/users").param("agency", this.police.id().toString()).with(as(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.coordinator.name())))
			.andExpect(content().string(containsString(">Disabled<")))
			.andExpect(content().string(containsString(">Locked<")))
			.andExpect(content().string(containsString("MARAC coordinator")))
			.andExpect(content().string(not(containsString(elsewhere.name()))));

		assertThat(this.jdbc.sql("""
				select detail from audit_event where actor_id = :actor and action = 'VIEW' and subject_type = 'user'
				""")
			.param("actor", this.admin.id()).query(String.class).list())
			.containsExactly("list of 3; area: all; agency: " + this.police.id());
	}

	@Test
	void theUserPageNeverShowsThePasswordHashOrTheSecondFactorSecret() throws Exception {
		this.jdbc.sql("update app_user set totp_secret = 'JBSWY3DPEHPK3PXPSECRETVALUE' where id = :id")
			.param("id", this.referrer.userId()).update();
		String hash = this.jdbc.sql("select password_hash from app_user where id = :id").param("id", this.referrer.userId())
			.query(String.class).single();

		this.mvc.perform(get("/admin/users/{id}", this.referrer.userId()).with(as(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Set up")))
			.andExpect(content().string(not(containsString("JBSWY3DPEHPK3PXPSECRETVALUE"))))
			.andExpect(content().string(not(containsString(hash))));
		assertThat(auditDetails(this.jdbc, this.admin, "VIEW", "user", this.referrer.userId())).containsExactly("");
	}

	@Test
	void anAdministratorChangesAUsersAgencyAndRolesAndTheirSessionsEnd() throws Exception {
		signInAsReferrer(Fixtures.PASSWORD).andExpect(authenticated());
		assertThat(sessionsOf(this.referrer)).isPositive();
		this.mvc.perform(get("/admin/users/{id}/edit", this.referrer.userId()).with(as(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"version\" value=\"0\"")));

		this.mvc.perform(post("/admin/users/{id}/edit", this.referrer.userId()).with(as(this.admin)).with(csrf())
				.param("displayName", "New name").param("email", "").param("agency", this.idva.id().toString())
				.param("roles", "COORDINATOR").param("version", "0"))
			.andExpect(redirectedUrl("/admin/users/" + this.referrer.userId()));

		assertThat(roles(this.referrer.userId())).containsExactly("COORDINATOR");
		assertThat(sessionsOf(this.referrer)).as("the new roles apply at once").isZero();
		assertThat(auditDetails(this.jdbc, this.admin, "CHANGE", "user", this.referrer.userId())).containsExactly(
				"display name changed; agency: " + this.police.qualifiedCode() + " -> " + this.idva.qualifiedCode()
						+ "; roles: +COORDINATOR -REFERRER");
	}

	@Test
	void invalidInputIsShownAgainWithEveryValueKeptButThePassword() throws Exception {
		this.mvc.perform(post("/admin/users").with(as(this.admin)).with(csrf())
				.param("username", "has space").param("displayName", "Kept Name").param("email", "not-an-address")
				.param("agency", this.police.id().toString()).param("roles", "ANALYST").param("password", "too short"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<title>Error: Add a user")))
			.andExpect(content().string(containsString("<a href=\"#username\">The username must be 3 to 64 characters")))
			.andExpect(content().string(containsString("<a href=\"#email\">Enter an email address in the correct format")))
			.andExpect(content().string(containsString("<a href=\"#password\">The password must be at least 12 characters</a>")))
			.andExpect(content().string(containsString("value=\"has space\"")))
			.andExpect(content().string(containsString("value=\"Kept Name\"")))
			.andExpect(content().string(containsString("value=\"not-an-address\"")))
			.andExpect(content().string(containsString("value=\"ANALYST\" checked")))
			.andExpect(content().string(not(containsString("too short"))));

		this.mvc.perform(addUser(this.referrer.name().toUpperCase(), this.police).with(as(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is already a user with the username")));
	}

	@Test
	void noOneCanBeAddedToAnInactiveAgency() throws Exception {
		String username = Fixtures.unique("inactive");
		this.jdbc.sql("update agency set active = false where id = :id").param("id", this.idva.id()).update();

		this.mvc.perform(addUser(username, this.idva).with(as(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(UserAdministration.INACTIVE_AGENCY)));
		assertThat(userExists(username)).isFalse();
	}

	@Test
	void aChangeBasedOnAnOldVersionIsRefusedWithTheInputKept() throws Exception {
		this.jdbc.sql("update app_user set version = version + 1 where id = :id").param("id", this.referrer.userId()).update();

		this.mvc.perform(changeUser(this.referrer, "My edit", Role.CHAIR, 0).with(as(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(UserChangeController.CONFLICT)))
			.andExpect(content().string(containsString("value=\"My edit\"")))
			.andExpect(content().string(containsString("value=\"CHAIR\" checked")))
			.andExpect(content().string(containsString("name=\"version\" value=\"1\"")));

		assertThat(roles(this.referrer.userId())).containsExactly("REFERRER");
	}

	@Test
	void anAdministratorCannotRemoveTheirOwnAdministratorRoleOrDisableThemselves() throws Exception {
		this.mvc.perform(changeUser(this.admin, "Me", Role.REFERRER, 0).with(as(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(UserAdministration.OWN_ADMINISTRATOR_ROLE)));
		Cookie[] session = this.mvc.perform(post("/admin/users/{id}/disable", this.admin.userId()).with(as(this.admin)).with(csrf()))
			.andExpect(redirectedUrl("/admin/users/" + this.admin.userId()))
			.andExpect(flash().attribute("problem", UserSignInControl.DISABLE_SELF))
			.andReturn().getResponse().getCookies();
		// Following the redirect in the same (database-held) session shows the reason.
		this.mvc.perform(get("/admin/users/{id}", this.admin.userId()).with(as(this.admin)).cookie(session))
			.andExpect(content().string(containsString("<title>Error: User")))
			.andExpect(content().string(containsString(UserSignInControl.DISABLE_SELF)));

		assertThat(roles(this.admin.userId())).containsExactly("ADMINISTRATOR");
		assertThat(enabled(this.admin)).isTrue();
	}

	@Test
	void disablingEnablingUnlockingAndANewPasswordDecideWhetherTheUserCanSignIn() throws Exception {
		UUID id = this.referrer.userId();
		signInAsReferrer(Fixtures.PASSWORD).andExpect(authenticated());
		assertThat(sessionsOf(this.referrer)).isPositive();
		this.mvc.perform(post("/admin/users/{id}/disable", id).with(as(this.admin)).with(csrf()))
			.andExpect(redirectedUrl("/admin/users/" + id));
		assertThat(sessionsOf(this.referrer)).as("sessions ended at once").isZero();
		signInAsReferrer(Fixtures.PASSWORD).andExpect(unauthenticated());

		this.mvc.perform(post("/admin/users/{id}/enable", id).with(as(this.admin)).with(csrf()));
		this.jdbc.sql("update app_user set failed_sign_ins = 5, locked_until = :until where id = :id")
			.param("until", java.sql.Timestamp.from(Instant.now().plus(15, ChronoUnit.MINUTES))).param("id", id).update();
		this.mvc.perform(post("/admin/users/{id}/unlock", id).with(as(this.admin)).with(csrf()));
		assertThat(this.jdbc.sql("select failed_sign_ins = 0 and locked_until is null from app_user where id = :id")
			.param("id", id).query(Boolean.class).single()).isTrue();

		this.mvc.perform(post("/admin/users/{id}/password", id).with(as(this.admin)).with(csrf()).param("password", NEW_PASSWORD))
			.andExpect(redirectedUrl("/admin/users/" + id));
		signInAsReferrer(Fixtures.PASSWORD).andExpect(unauthenticated());
		signInAsReferrer(NEW_PASSWORD).andExpect(authenticated());

		assertThat(auditDetails(this.jdbc, this.admin, "CHANGE", "user", id))
			.containsExactly("disabled", "enabled", "unlocked", "password set");
	}

	@Test
	void aPasswordThatIsTooShortIsRefused() throws Exception {
		this.mvc.perform(post("/admin/users/{id}/password", this.referrer.userId()).with(as(this.admin)).with(csrf())
				.param("password", "short"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<title>Error: Set a new password")))
			.andExpect(content().string(containsString("The password must be at least 12 characters")));
		signInAsReferrer(Fixtures.PASSWORD).andExpect(authenticated());
	}

	private ResultActions signInAsReferrer(String password) throws Exception {
		return this.mvc.perform(formLogin("/sign-in").user(this.referrer.name()).password(password));
	}

	private MockHttpServletRequestBuilder addUser(String username, AgencyRef agency) {
		return post("/admin/users").with(csrf())
			.param("username", username)
			.param("displayName", "Added Person")
			.param("email", "added@example.org")
			.param("agency", agency.id().toString())
			.param("roles", "REFERRER", "CASEWORKER")
			.param("password", NEW_PASSWORD);
	}

	private MockHttpServletRequestBuilder changeUser(Actor user, String displayName, Role role, int version) {
		return post("/admin/users/{id}/edit", user.userId()).with(csrf())
			.param("displayName", displayName)
			.param("email", "")
			.param("agency", user.agency().id().toString())
			.param("roles", role.name())
			.param("version", String.valueOf(version));
	}

	private boolean userExists(String username) {
		return this.jdbc.sql("select exists (select 1 from app_user where lower(username) = lower(:u))")
			.param("u", username).query(Boolean.class).single();
	}

	private int sessionsOf(Actor user) {
		return this.jdbc.sql("select count(*) from spring_session where principal_name = :name").param("name", user.id())
			.query(Integer.class).single();
	}

	private boolean enabled(Actor user) {
		return this.jdbc.sql("select enabled from app_user where id = :id").param("id", user.userId())
			.query(Boolean.class).single();
	}

	private java.util.List<String> roles(UUID userId) {
		return this.jdbc.sql("select role from user_role where user_id = :id order by role").param("id", userId)
			.query(String.class).list();
	}

}
