package tandem.signin;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Calling /api/** with a bearer token: Tandem's own, or a JWT from the configured external issuer. */
class BearerTokenIntegrationTest extends WithAnAgencyClient {

	@Test
	void withoutATokenTheApiAnswers401AsProblemJson() throws Exception {
		ApiCalls.assertUnauthorized(this.mvc.perform(get("/api/v1/agency")));
		ApiCalls.assertUnauthorized(callAgency("not-a-token"));
	}

	@Test
	void aTokenStopsWorkingWhenItsClientIsRevoked() throws Exception {
		String clientId = this.clients.client(this.agency);
		String token = this.api.token(ApiCalls.tokenRequestFor(clientId));
		this.clients.revoke(clientId);

		ApiCalls.assertUnauthorized(callAgency(token));
	}

	@Test
	void anExpiredTokenIsRefused() throws Exception {
		String clientId = this.clients.client(this.agency);
		String token = this.api.token(ApiCalls.tokenRequestFor(clientId));
		this.jdbc.sql("update api_token set expires_at = now() - interval '1 second' where token_digest = :digest")
			.param("digest", ApiTokens.digest(token)).update();

		ApiCalls.assertUnauthorized(callAgency(token));
	}

	@Test
	void whatAnAgencySystemMayNotDoIs403AsProblemJson() throws Exception {
		String clientId = this.clients.client(this.agency);
		String token = this.api.token(ApiCalls.tokenRequestFor(clientId));

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

		callAgency(jwt)
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

		ApiCalls.assertUnauthorized(callAgency(otherIssuer));
		ApiCalls.assertUnauthorized(callAgency(unknownAgency));
		ApiCalls.assertUnauthorized(callAgency(noValidRole));
	}

	@Test
	void theOpenApiDescriptionDocumentsTheEndpointAndHowToAuthenticate() throws Exception {
		this.mvc.perform(get("/api/v1/openapi"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/agency'].get.summary").value("The calling agency"))
			.andExpect(jsonPath("$.components.securitySchemes.clientCredentials.flows.clientCredentials.tokenUrl")
				.value("/oauth2/token"));
	}

	private ResultActions callAgency(String bearerToken) throws Exception {
		return this.mvc.perform(get("/api/v1/agency").header(HttpHeaders.AUTHORIZATION, "Bearer " + bearerToken));
	}

}
