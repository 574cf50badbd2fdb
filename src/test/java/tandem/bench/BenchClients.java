package tandem.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The agency systems that submit the benchmark's referrals: one API client for the police and one for the IDVA
 * service of every synthetic area, registered as an administrator would (secret hashed with Tandem's own
 * PasswordEncoder), each with a bearer token from the token endpoint.
 */
final class BenchClients {

	private static final List<String> REFERRING_AGENCIES = List.of("police", "idva");

	/** One client that may refer: its area's code and the bearer token it sends. */
	record Client(String clientId, String areaCode, String token) {
	}

	private BenchClients() {
	}

	/**
	 * Registers (or, on a later run, re-keys) the clients and fetches a token for each. Secrets are new random ones on
	 * every run and live only in this process.
	 */
	static List<Client> registerAndSignIn(JdbcClient jdbc, PasswordEncoder passwords, HttpClient http, URI tandem,
			JsonMapper json) throws IOException, InterruptedException {
		record Agency(UUID id, String areaCode, String agencyCode) {
		}
		List<Agency> agencies = jdbc.sql("""
				select g.id, a.code, g.code from agency g join area a on a.id = g.area_id
				where a.code like 'synthetic-%' and g.code in (:codes) order by a.code, g.code
				""")
			.param("codes", REFERRING_AGENCIES)
			.query((rs, row) -> new Agency(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
			.list();
		SecureRandom random = new SecureRandom();
		List<Client> clients = new ArrayList<>();
		for (Agency agency : agencies) {
			String clientId = "bench-" + agency.areaCode() + "-" + agency.agencyCode();
			byte[] secretBytes = new byte[24];
			random.nextBytes(secretBytes);
			String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(secretBytes);
			jdbc.sql("""
					insert into api_client (id, client_id, agency_id, secret_hash, description)
					values (:id, :clientId, :agency, :hash, 'Benchmark referrals')
					on conflict (client_id) do update set secret_hash = excluded.secret_hash, revoked_at = null
					""")
				.param("id", UUID.randomUUID()).param("clientId", clientId).param("agency", agency.id())
				.param("hash", passwords.encode(secret))
				.update();
			clients.add(new Client(clientId, agency.areaCode(), token(http, tandem, json, clientId, secret)));
		}
		return clients;
	}

	private static String token(HttpClient http, URI tandem, JsonMapper json, String clientId, String secret)
			throws IOException, InterruptedException {
		String basic = Base64.getEncoder().encodeToString((form(clientId) + ":" + form(secret))
			.getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(tandem.resolve("/oauth2/token"))
			.header("Authorization", "Basic " + basic)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
			.build();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("The token endpoint refused " + clientId + ": " + response.statusCode());
		}
		return json.readTree(response.body()).get("access_token").asString();
	}

	/** RFC 6749 §2.3.1: the client id and secret are form-encoded before they are joined for Basic authentication. */
	private static String form(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
