package tandem.signin;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tandem.agency.AgencyRef;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** API.md "Authentication": client credentials at /oauth2/token, and JWTs from the configured external issuer. */
class ApiAuthenticationIntegrationTest extends WithIdentityProvider {

	@Autowired
	MockMvc mvc;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	JsonMapper json;

	ApiClientFixture clients;

	AgencyRef agency;

	@BeforeEach
	void agencyWithAClient() {
		this.clients = new ApiClientFixture(this.jdbc, this.passwords);
		this.agency = this.fixtures.agency(this.fixtures.area(), "police");
	}

	@Test
	void withoutATokenTheApiAnswers401AsProblemJson() throws Exception {
		assertUnauthorized(this.mvc.perform(get("/api/v1/agency")));
		assertUnauthorized(this.mvc.perform(get("/api/v1/agency").header(HttpHeaders.AUTHORIZATION, "Bearer not-a-token")));
	}

	@Test
	void aTokenFromHttpBasicCallsTheApiAsTheAgency() throws Exception {
		String clientId = this.clients.client(this.agency);

		this.mvc.perform(tokenRequest().header(HttpHeaders.AUTHORIZATION, basic(clientId, ApiClientFixture.SECRET)))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-store"))
			.andExpect(jsonPath("$.token_type").value("Bearer"))
			.andExpect(jsonPath("$.expires_in").value(3600));
		String token = token(tokenRequest().header(HttpHeaders.AUTHORIZATION, basic(clientId, ApiClientFixture.SECRET)));

		this.mvc.perform(get("/api/v1/agency").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value(this.agency.qualifiedCode()))
			.andExpect(jsonPath("$.name").value(this.agency.name()))
			.andExpect(jsonPath("$.area").value(this.agency.areaCode()));
		assertThat(audited("client:" + clientId, "SUCCESS")).isEqualTo(2);
	}

	@Test
	void aTokenFromFormCredentialsWorksAndOnlyItsDigestIsStored() throws Exception {
		String clientId = this.clients.client(this.agency);

		String token = token(tokenRequest().param("client_id", clientId).param("client_secret", ApiClientFixture.SECRET));

		this.mvc.perform(get("/api/v1/agency").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isOk());
		assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
		assertThat(this.jdbc.sql("select count(*) from api_token where token_digest = :digest")
			.param("digest", ApiTokens.digest(token)).query(Integer.class).single()).isOne();
		assertThat(this.jdbc.sql("select count(*) from api_token where token_digest = :raw")
			.param("raw", token.getBytes(StandardCharsets.US_ASCII)).query(Integer.class).single()).isZero();
	}

	@Test
	void aWrongSecretIsInvalidClientAndAudited() throws Exception {
		String clientId = this.clients.client(this.agency);

		this.mvc.perform(tokenRequest().header(HttpHeaders.AUTHORIZATION, basic(clientId, "wrong")))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, startsWith("Basic")))
			.andExpect(jsonPath("$.error").value("invalid_client"));
		this.mvc.perform(tokenRequest().param("client_id", "nobody-" + clientId).param("client_secret", "x"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.error").value("invalid_client"));
		assertThat(refusals(clientId, "invalid client")).isOne();
	}

	@Test
	void aRevokedClientGetsNoToken() throws Exception {
		String clientId = this.clients.client(this.agency);
		this.clients.revoke(clientId);

		this.mvc.perform(tokenRequest().header(HttpHeaders.AUTHORIZATION, basic(clientId, ApiClientFixture.SECRET)))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.error").value("invalid_client"));
		assertThat(refusals(clientId, "revoked client")).isOne();
	}

	@Test
	void aTokenStopsWorkingWhenItsClientIsRevoked() throws Exception {
		String clientId = this.clients.client(this.agency);
		String token = token(tokenRequest().header(HttpHeaders.AUTHORIZATION, basic(clientId, ApiClientFixture.SECRET)));
		this.clients.revoke(clientId);

		assertUnauthorized(this.mvc.perform(get("/api/v1/agency").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)));
	}

	@Test
	void anExpiredTokenIsRefused() throws Exception {
		String clientId = this.clients.client(this.agency);
		String token = token(tokenRequest().header(HttpHeaders.AUTHORIZATION, basic(clientId, ApiClientFixture.SECRET)));
		this.jdbc.sql("update api_token set expires_at = now() - interval '1 second' where token_digest = :digest")
			.param("digest", ApiTokens.digest(token)).update();

		assertUnauthorized(this.mvc.perform(get("/api/v1/agency").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)));
	}

	@Test
	void badRequestsGetRfc6749Errors() throws Exception {
		String clientId = this.clients.client(this.agency);
		String basic = basic(clientId, ApiClientFixture.SECRET);

		this.mvc.perform(post("/oauth2/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.header(HttpHeaders.AUTHORIZATION, basic))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("invalid_request"));
		this.mvc.perform(post("/oauth2/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.param("grant_type", "password").header(HttpHeaders.AUTHORIZATION, basic))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("unsupported_grant_type"));
		this.mvc.perform(tokenRequest().header(HttpHeaders.AUTHORIZATION, basic)
				.param("client_id", clientId).param("client_secret", ApiClientFixture.SECRET))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("invalid_request"));
		this.mvc.perform(tokenRequest())
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.error").value("invalid_client"));
	}

	@Test
	void whatAnAgencySystemMayNotDoIs403AsProblemJson() throws Exception {
		String clientId = this.clients.client(this.agency);
		String token = token(tokenRequest().header(HttpHeaders.AUTHORIZATION, basic(clientId, ApiClientFixture.SECRET)));

		this.mvc.perform(get("/api/v1/test-only/administrators").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isForbidden())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(403))
			.andExpect(jsonPath("$.title").value("Forbidden"))
			.andExpect(jsonPath("$.type").value("about:blank"))
			.andExpect(jsonPath("$.detail").isString());
	}

	@Test
	void aJwtFromTheConfiguredIssuerActsForItsAgency() throws Exception {
		String jwt = PROVIDER.issueToken(AGENCY_SYSTEMS, "records-system-" + UUID.randomUUID(), "tandem-api",
				Map.of("tandem_agency", this.agency.qualifiedCode())).serialize();

		this.mvc.perform(get("/api/v1/agency").header(HttpHeaders.AUTHORIZATION, "Bearer " + jwt))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value(this.agency.qualifiedCode()));
	}

	@Test
	void aJwtFromAnotherIssuerOrForNoKnownAgencyIsRefused() throws Exception {
		String otherIssuer = PROVIDER.issueToken("someone-else", "records-system", "tandem-api",
				Map.of("tandem_agency", this.agency.qualifiedCode())).serialize();
		String unknownAgency = PROVIDER.issueToken(AGENCY_SYSTEMS, "records-system", "tandem-api",
				Map.of("tandem_agency", "nowhere-" + UUID.randomUUID())).serialize();
		String noValidRole = PROVIDER.issueToken(AGENCY_SYSTEMS, "records-system", "tandem-api",
				Map.of("tandem_agency", this.agency.qualifiedCode(), "tandem_roles", List.of("ROOT"))).serialize();

		assertUnauthorized(this.mvc.perform(get("/api/v1/agency").header(HttpHeaders.AUTHORIZATION, "Bearer " + otherIssuer)));
		assertUnauthorized(this.mvc.perform(get("/api/v1/agency").header(HttpHeaders.AUTHORIZATION, "Bearer " + unknownAgency)));
		assertUnauthorized(this.mvc.perform(get("/api/v1/agency").header(HttpHeaders.AUTHORIZATION, "Bearer " + noValidRole)));
	}

	@Test
	void theOpenApiDescriptionDocumentsTheEndpointAndHowToAuthenticate() throws Exception {
		this.mvc.perform(get("/api/v1/openapi"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/agency'].get.summary").value("The calling agency"))
			.andExpect(jsonPath("$.components.securitySchemes.clientCredentials.flows.clientCredentials.tokenUrl")
				.value("/oauth2/token"));
	}

	private static void assertUnauthorized(ResultActions result) throws Exception {
		result.andExpect(status().isUnauthorized())
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, startsWith("Bearer")))
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.title").value("Unauthorized"))
			.andExpect(jsonPath("$.detail").value(containsString("/oauth2/token")));
	}

	private static MockHttpServletRequestBuilder tokenRequest() {
		return post("/oauth2/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("grant_type", "client_credentials");
	}

	private String token(MockHttpServletRequestBuilder request) throws Exception {
		String body = this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		JsonNode response = this.json.readTree(body);
		return response.get("access_token").asString();
	}

	private static String basic(String clientId, String secret) {
		String pair = java.net.URLEncoder.encode(clientId, StandardCharsets.UTF_8) + ":"
				+ java.net.URLEncoder.encode(secret, StandardCharsets.UTF_8);
		return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
	}

	private int audited(String actorId, String outcome) {
		return this.jdbc.sql("""
				select count(*) from audit_event where actor_id = :id and action = 'SIGN_IN' and outcome = :outcome
				and subject_type = 'api_token'
				""").param("id", actorId).param("outcome", outcome).query(Integer.class).single();
	}

	private int refusals(String clientId, String reason) {
		return this.jdbc.sql("""
				select count(*) from audit_event where actor_name = :clientId and action = 'SIGN_IN' and outcome = 'FAILURE'
				and subject_type = 'api_token' and detail = :reason
				""").param("clientId", clientId).param("reason", reason).query(Integer.class).single();
	}

}
