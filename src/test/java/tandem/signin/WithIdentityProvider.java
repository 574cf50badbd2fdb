package tandem.signin;

import java.net.http.HttpClient;
import java.time.Duration;

import no.nav.security.mock.oauth2.MockOAuth2Server;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tandem.Fixtures;

/**
 * Tandem on a real port, with a real OpenID Connect provider (mock-oauth2-server) configured purely by properties:
 * issuer {@value #STAFF} for people's single sign-on, issuer {@value #AGENCY_SYSTEMS} for agency systems' API
 * tokens. The test classes extending this share one application context and one provider.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ Fixtures.class, WithIdentityProvider.AdministratorsOnlyApi.class })
abstract class WithIdentityProvider {

	static final String STAFF = "staff";

	static final String AGENCY_SYSTEMS = "agency-systems";

	static final String CLIENT_ID = "tandem";

	static final MockOAuth2Server PROVIDER = new MockOAuth2Server();

	static {
		// Started once for the JVM: the application context that points at it is cached across test classes.
		PROVIDER.start();
	}

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void identityProvider(DynamicPropertyRegistry properties) {
		String registration = "spring.security.oauth2.client.registration.test-idp.";
		properties.add(registration + "client-id", () -> CLIENT_ID);
		properties.add(registration + "client-secret", () -> "not-a-real-secret");
		properties.add(registration + "scope", () -> "openid,profile");
		properties.add(registration + "client-name", () -> "Test Identity");
		properties.add("spring.security.oauth2.client.provider.test-idp.issuer-uri",
				() -> PROVIDER.issuerUrl(STAFF).toString());
		properties.add("tandem.api.external-issuer.issuer-uri", () -> PROVIDER.issuerUrl(AGENCY_SYSTEMS).toString());
	}

	/** An API endpoint no agency system may call, to show what a refusal looks like. Exists only in these tests. */
	@RestController
	static class AdministratorsOnlyApi {

		@PreAuthorize("hasRole('ADMINISTRATOR')")
		@GetMapping("/api/v1/test-only/administrators")
		String administratorsOnly() {
			return "allowed";
		}

	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	/** A browser: keeps cookies, follows redirects across the application and the identity provider. */
	static HttpClient browser() {
		return browser(HttpClient.Redirect.ALWAYS);
	}

	static HttpClient browser(HttpClient.Redirect redirects) {
		return HttpClient.newBuilder()
			.cookieHandler(new InsecureTransportCookies())
			.followRedirects(redirects)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
	}

}
