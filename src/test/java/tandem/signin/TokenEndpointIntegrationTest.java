package tandem.signin;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** API.md "Authentication": the client-credentials grant at /oauth2/token (RFC 6749 section 4.4). */
class TokenEndpointIntegrationTest extends WithAnAgencyClient {

	@Test
	void aTokenFromHttpBasicCallsTheApiAsTheAgency() throws Exception {
		String clientId = this.clients.client(this.agency);

		this.mvc.perform(ApiCalls.tokenRequestFor(clientId))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-store"))
			.andExpect(jsonPath("$.token_type").value("Bearer"))
			.andExpect(jsonPath("$.expires_in").value(3600));
		String token = this.api.token(ApiCalls.tokenRequestFor(clientId));

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

		String token = this.api.token(ApiCalls.tokenRequest().param("client_id", clientId).param("client_secret", ApiClientFixture.SECRET));

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

		this.mvc.perform(ApiCalls.tokenRequest().header(HttpHeaders.AUTHORIZATION, ApiCalls.basic(clientId, "wrong")))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, startsWith("Basic")))
			.andExpect(jsonPath("$.error").value("invalid_client"));
		this.mvc.perform(ApiCalls.tokenRequest().param("client_id", "nobody-" + clientId).param("client_secret", "x"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.error").value("invalid_client"));
		assertThat(refusals(clientId, "invalid client")).isOne();
	}

	@Test
	void aRevokedClientGetsNoToken() throws Exception {
		String clientId = this.clients.client(this.agency);
		this.clients.revoke(clientId);

		this.mvc.perform(ApiCalls.tokenRequestFor(clientId))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.error").value("invalid_client"));
		assertThat(refusals(clientId, "revoked client")).isOne();
	}

	@Test
	void badRequestsGetRfc6749Errors() throws Exception {
		String clientId = this.clients.client(this.agency);
		String basic = ApiCalls.basic(clientId, ApiClientFixture.SECRET);

		this.mvc.perform(post("/oauth2/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.header(HttpHeaders.AUTHORIZATION, basic))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("invalid_request"));
		this.mvc.perform(post("/oauth2/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.param("grant_type", "password").header(HttpHeaders.AUTHORIZATION, basic))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("unsupported_grant_type"));
		this.mvc.perform(ApiCalls.tokenRequest().header(HttpHeaders.AUTHORIZATION, basic)
				.param("client_id", clientId).param("client_secret", ApiClientFixture.SECRET))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("invalid_request"));
		this.mvc.perform(ApiCalls.tokenRequest())
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.error").value("invalid_client"));
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
