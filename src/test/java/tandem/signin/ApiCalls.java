package tandem.signin;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** How an agency system talks to the token endpoint and the API, for the API tests. */
final class ApiCalls {

	private final MockMvc mvc;

	private final JsonMapper json;

	ApiCalls(MockMvc mvc, JsonMapper json) {
		this.mvc = mvc;
		this.json = json;
	}

	static MockHttpServletRequestBuilder tokenRequest() {
		return post("/oauth2/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("grant_type", "client_credentials");
	}

	/** A token request with the right secret for a client from {@link ApiClientFixture}, by HTTP Basic. */
	static MockHttpServletRequestBuilder tokenRequestFor(String clientId) {
		return tokenRequest().header(HttpHeaders.AUTHORIZATION, basic(clientId, ApiClientFixture.SECRET));
	}

	/** The access token a successful token request answers with. */
	String token(MockHttpServletRequestBuilder request) throws Exception {
		String body = this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return this.json.readTree(body).get("access_token").asString();
	}

	/** HTTP Basic as RFC 6749 section 2.3.1 has it: id and secret form-encoded first. */
	static String basic(String clientId, String secret) {
		String pair = URLEncoder.encode(clientId, StandardCharsets.UTF_8) + ":"
				+ URLEncoder.encode(secret, StandardCharsets.UTF_8);
		return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
	}

	static void assertUnauthorized(ResultActions result) throws Exception {
		result.andExpect(status().isUnauthorized())
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, startsWith("Bearer")))
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.title").value("Unauthorized"))
			.andExpect(jsonPath("$.detail").value(containsString("/oauth2/token")));
	}

}
