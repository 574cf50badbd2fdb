package tandem.signin;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;

import tandem.agency.AgencyRef;
import tandem.agency.Role;

import static org.assertj.core.api.Assertions.assertThat;

/** The real authorization-code flow, driven as a browser would, against a real OpenID Connect provider. */
class SingleSignOnIntegrationTest extends WithIdentityProvider {

	@Autowired
	OAuth2AuthorizedClientService authorizedClients;

	@Test
	void theSignInPageOffersTheConfiguredProvider() throws Exception {
		HttpResponse<String> page = browser().send(HttpRequest.newBuilder(URI.create(url("/sign-in"))).build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(page.body()).contains("Sign in with Test Identity").contains("/oauth2/authorization/test-idp");
	}

	@Test
	void signsInWithTheMappedAgencyAndRolesAndKeepsThemInStep() throws Exception {
		AgencyRef agency = this.fixtures.agency(this.fixtures.area(), "police");
		String subject = "staff-" + UUID.randomUUID();

		HttpResponse<String> home = signIn(subject, agency.qualifiedCode(),
				List.of("COORDINATOR", "ADMINISTRATOR", "NOT_A_ROLE"));

		assertThat(home.uri().getPath()).isEqualTo("/");
		assertThat(home.statusCode()).isEqualTo(200);
		// The signed-in actor has the mapped roles: administrators are offered the administration pages.
		assertThat(home.body()).contains("Hello, Pat Example").contains(agency.name()).contains("href=\"/admin\"");
		UUID userId = userWith(subject);
		assertThat(rolesOf(userId)).isEqualTo(EnumSet.of(Role.COORDINATOR, Role.ADMINISTRATOR));
		assertThat(auditCount("user:" + userId, "SIGN_IN", "SUCCESS")).isOne();
		assertThat(auditCount("user:" + userId, "CREATE", "SUCCESS")).isOne();
		assertThat(this.authorizedClients.<OAuth2AuthorizedClient>loadAuthorizedClient("test-idp", "user:" + userId))
			.as("the provider's tokens are not kept").isNull();

		// The provider is the source of truth: the next sign-in brings the new roles.
		HttpResponse<String> again = signIn(subject, agency.qualifiedCode(), List.of("REFERRER"));
		assertThat(again.body()).contains("Hello, Pat Example").doesNotContain("href=\"/admin\"");
		assertThat(userWith(subject)).isEqualTo(userId);
		assertThat(rolesOf(userId)).isEqualTo(EnumSet.of(Role.REFERRER));
		assertThat(auditCount("user:" + userId, "CHANGE", "SUCCESS")).isOne();
	}

	@Test
	void anUnknownAgencyIsRefusedWithTheGenericMessageAndAudited() throws Exception {
		String subject = "staff-" + UUID.randomUUID();

		HttpResponse<String> page = signIn(subject, "nowhere-" + UUID.randomUUID(), List.of("REFERRER"));

		assertRefused(page, subject, "unknown agency");
	}

	@Test
	void noValidRolesIsRefused() throws Exception {
		AgencyRef agency = this.fixtures.agency(this.fixtures.area(), "housing");
		String subject = "staff-" + UUID.randomUUID();

		HttpResponse<String> page = signIn(subject, agency.qualifiedCode(), List.of("SUPERUSER"));

		assertRefused(page, subject, "no valid roles");
	}

	@Test
	void anAccountTandemHasDisabledIsRefused() throws Exception {
		AgencyRef agency = this.fixtures.agency(this.fixtures.area(), "housing");
		String subject = "staff-" + UUID.randomUUID();
		signIn(subject, agency.qualifiedCode(), List.of("REFERRER"));
		this.jdbc.sql("update app_user set enabled = false where id = :id").param("id", userWith(subject)).update();

		HttpResponse<String> page = signIn(subject, agency.qualifiedCode(), List.of("REFERRER"));

		assertRefused(page, subject, "account disabled");
	}

	private HttpResponse<String> signIn(String subject, String agency, List<String> roles) throws Exception {
		PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback(STAFF, subject, "JWT", List.of(CLIENT_ID),
				Map.of("tandem_agency", agency, "tandem_roles", roles, "name", "Pat Example"), 300));
		return browser().send(HttpRequest.newBuilder(URI.create(url("/oauth2/authorization/test-idp"))).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private void assertRefused(HttpResponse<String> page, String subject, String reason) {
		assertThat(page.uri().getPath()).isEqualTo("/sign-in");
		assertThat(page.uri().getQuery()).isEqualTo("error");
		assertThat(page.body()).contains("Enter a correct username and password");
		String claimed = PROVIDER.issuerUrl(STAFF) + "|" + subject;
		assertThat(this.jdbc.sql("""
				select count(*) from audit_event
				where action = 'SIGN_IN' and outcome = 'FAILURE' and actor_name = :claimed and detail = :detail
				""").param("claimed", claimed).param("detail", "single sign-on: " + reason)
			.query(Integer.class).single()).isOne();
	}

	private UUID userWith(String subject) {
		return this.jdbc.sql("select id from app_user where external_subject = :subject")
			.param("subject", PROVIDER.issuerUrl(STAFF) + "|" + subject).query(UUID.class).single();
	}

	private Set<Role> rolesOf(UUID userId) {
		List<Role> roles = this.jdbc.sql("select role from user_role where user_id = :id").param("id", userId)
			.query((rs, row) -> Role.valueOf(rs.getString(1))).list();
		return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
	}

	private int auditCount(String actorId, String action, String outcome) {
		return this.jdbc.sql("select count(*) from audit_event where actor_id = :id and action = :action and outcome = :outcome")
			.param("id", actorId).param("action", action).param("outcome", outcome).query(Integer.class).single();
	}

}
