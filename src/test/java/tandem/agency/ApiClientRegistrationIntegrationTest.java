package tandem.agency;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tandem.Fixtures;
import tandem.Fixtures.AreaFixture;
import tandem.TandemIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tandem.agency.AdminTesting.SIGN_IN_PAGE;
import static tandem.agency.AdminTesting.as;
import static tandem.agency.AdminTesting.auditDetails;

@TandemIntegrationTest
class ApiClientRegistrationIntegrationTest {

	private static final Pattern SECRET_ON_PAGE = Pattern.compile("<code>([A-Za-z0-9_-]{43})</code>");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwords;

	AreaFixture area;

	AgencyRef police;

	Actor admin;

	Actor coordinator;

	@BeforeEach
	void partnership() {
		this.area = this.fixtures.area();
		this.police = this.fixtures.agency(this.area, "police");
		this.admin = this.fixtures.user(this.police, Role.ADMINISTRATOR);
		this.coordinator = this.fixtures.user(this.police, Role.COORDINATOR);
	}

	@Test
	void notSignedInIsSentToSignIn() throws Exception {
		String clientId = Fixtures.unique("anonymous");
		this.mvc.perform(get("/admin/api-clients")).andExpect(redirectedUrl(SIGN_IN_PAGE));
		this.mvc.perform(get("/admin/api-clients/new")).andExpect(redirectedUrl(SIGN_IN_PAGE));
		this.mvc.perform(register(clientId)).andExpect(redirectedUrl(SIGN_IN_PAGE));
		assertThat(clientExists(clientId)).isFalse();
	}

	@Test
	void someoneWhoIsNotAnAdministratorIsRefusedAndNothingChanges() throws Exception {
		String clientId = Fixtures.unique("refused");
		UUID existing = insertClient(Fixtures.unique("existing"));
		this.mvc.perform(get("/admin/api-clients").with(as(this.coordinator))).andExpect(status().isForbidden());
		this.mvc.perform(register(clientId).with(as(this.coordinator))).andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/api-clients/{id}/revoke", existing).with(as(this.coordinator)).with(csrf()))
			.andExpect(status().isForbidden());

		assertThat(clientExists(clientId)).isFalse();
		assertThat(revoked(existing)).isFalse();
	}

	@Test
	void theClientIdDefaultsToTheAgencysQualifiedCode() throws Exception {
		this.mvc.perform(get("/admin/api-clients/new").with(as(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Which agency is the API client for?")));
		this.mvc.perform(get("/admin/api-clients/new").param("agency", this.police.id().toString()).with(as(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + this.police.qualifiedCode() + "\"")));
		this.mvc.perform(get("/admin/api-clients/new").param("agency", "").with(as(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<title>Error: Which agency")))
			.andExpect(content().string(containsString(ApiClientController.CHOOSE_AGENCY)));
	}

	@Test
	void theSecretIsShownOnceAndOnlyItsHashIsStored() throws Exception {
		String clientId = Fixtures.unique("client");

		String page = this.mvc.perform(register(clientId).with(as(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("It cannot be shown again")))
			.andReturn().getResponse().getContentAsString();

		Matcher shown = SECRET_ON_PAGE.matcher(page);
		assertThat(shown.find()).as("the secret on the page").isTrue();
		String secret = shown.group(1);
		UUID id = this.jdbc.sql("select id from api_client where client_id = :c").param("c", clientId).query(UUID.class).single();
		String hash = this.jdbc.sql("select secret_hash from api_client where id = :id").param("id", id).query(String.class).single();
		assertThat(this.passwords.matches(secret, hash)).isTrue();
		assertThat(tablesContaining(secret)).isEmpty();
		assertThat(tablesContaining(hash)).as("the search finds what is there").contains("api_client");
		assertThat(auditDetails(this.jdbc, this.admin, "CREATE", "api_client", id))
			.containsExactly("client id: " + clientId + "; agency: " + this.police.qualifiedCode());
		this.mvc.perform(get("/admin/api-clients").with(as(this.admin)))
			.andExpect(content().string(containsString(clientId)));
	}

	@Test
	void invalidInputIsShownAgainWithEveryValueKept() throws Exception {
		this.mvc.perform(post("/admin/api-clients").with(as(this.admin)).with(csrf())
				.param("agency", this.police.id().toString()).param("clientId", "Not Valid").param("description", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<title>Error: Register an API client")))
			.andExpect(content().string(containsString("<a href=\"#clientId\">The client id must be 3 to 64 characters")))
			.andExpect(content().string(containsString("<a href=\"#description\">Enter a description")))
			.andExpect(content().string(containsString("value=\"Not Valid\"")));

		String taken = Fixtures.unique("taken");
		insertClient(taken);
		this.mvc.perform(register(taken).with(as(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(ApiClientRegistration.alreadyRegistered(taken))))
			.andExpect(content().string(containsString("value=\"Records system\"")));
	}

	@Test
	void noClientCanBeRegisteredForAnInactiveAgency() throws Exception {
		String clientId = Fixtures.unique("inactive");
		this.jdbc.sql("update agency set active = false where id = :id").param("id", this.police.id()).update();

		this.mvc.perform(register(clientId).with(as(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(ApiClientRegistration.INACTIVE_AGENCY)));
		assertThat(clientExists(clientId)).isFalse();
	}

	@Test
	void revokingAClientDeletesItsTokensAtOnce() throws Exception {
		UUID revokedClient = insertClient(Fixtures.unique("revoked"));
		UUID otherClient = insertClient(Fixtures.unique("other"));
		insertToken(revokedClient);
		insertToken(revokedClient);
		insertToken(otherClient);

		this.mvc.perform(get("/admin/api-clients/{id}/revoke", revokedClient).with(as(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Its access tokens stop working at once")));
		this.mvc.perform(post("/admin/api-clients/{id}/revoke", revokedClient).with(as(this.admin)).with(csrf()))
			.andExpect(redirectedUrl("/admin/api-clients"));

		assertThat(revoked(revokedClient)).isTrue();
		assertThat(tokens(revokedClient)).isZero();
		assertThat(tokens(otherClient)).isOne();
		assertThat(auditDetails(this.jdbc, this.admin, "CHANGE", "api_client", revokedClient))
			.containsExactly("revoked; tokens deleted: 2");
	}

	private MockHttpServletRequestBuilder register(String clientId) {
		return post("/admin/api-clients").with(csrf())
			.param("agency", this.police.id().toString())
			.param("clientId", clientId)
			.param("description", "Records system");
	}

	/** Every table whose rows, as text, hold the secret or its bytes in hex (as bytea columns show them). */
	private List<String> tablesContaining(String secret) {
		String hex = HexFormat.of().formatHex(secret.getBytes(StandardCharsets.UTF_8));
		List<String> tables = this.jdbc.sql("select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'")
			.query(String.class).list();
		return tables.stream().filter(table -> this.jdbc.sql("select exists (select 1 from \"" + table
				+ "\" t where strpos(t::text, :secret) > 0 or strpos(t::text, :hex) > 0)")
			.param("secret", secret).param("hex", hex).query(Boolean.class).single()).toList();
	}

	private UUID insertClient(String clientId) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("insert into api_client (id, client_id, agency_id, secret_hash, description) values (:id, :c, :a, 'x', 'd')")
			.param("id", id).param("c", clientId).param("a", this.police.id()).update();
		return id;
	}

	private void insertToken(UUID clientId) {
		byte[] digest = new byte[32];
		new SecureRandom().nextBytes(digest);
		Instant now = Instant.now();
		this.jdbc.sql("insert into api_token (token_digest, api_client_id, issued_at, expires_at) values (:d, :c, :i, :e)")
			.param("d", digest).param("c", clientId).param("i", Timestamp.from(now))
			.param("e", Timestamp.from(now.plus(1, ChronoUnit.HOURS))).update();
	}

	private boolean clientExists(String clientId) {
		return this.jdbc.sql("select exists (select 1 from api_client where client_id = :c)").param("c", clientId)
			.query(Boolean.class).single();
	}

	private boolean revoked(UUID id) {
		return this.jdbc.sql("select revoked_at is not null from api_client where id = :id").param("id", id)
			.query(Boolean.class).single();
	}

	private int tokens(UUID clientId) {
		return this.jdbc.sql("select count(*) from api_token where api_client_id = :id").param("id", clientId)
			.query(Integer.class).single();
	}

}
