package tandem.signin;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import tandem.Fixtures;
import tandem.agency.Actor;
import tandem.agency.Role;

import static org.assertj.core.api.Assertions.assertThat;

/** Sessions in PostgreSQL, their time-out, CSRF and the browser-facing security headers, on a real server. */
class SessionsIntegrationTest extends WithIdentityProvider {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern NONCE_IN_PAGE = Pattern.compile("<script nonce=\"([^\"]+)\"");

	@Test
	void aSignedInSessionIsStoredInPostgresUnderTheOpaqueActorIdWithTheIdleTimeout() throws Exception {
		Actor user = this.fixtures.user(this.fixtures.agency(this.fixtures.area(), "idva"), Role.CASEWORKER);

		HttpResponse<String> home = signIn(browser(), user);

		assertThat(home.uri().getPath()).isEqualTo("/");
		assertThat(this.jdbc.sql("select max_inactive_interval from spring_session where principal_name = :id")
			.param("id", user.id()).query(Integer.class).list()).containsExactly(15 * 60);
		assertThat(this.jdbc.sql("select count(*) from spring_session where principal_name = :name")
			.param("name", user.name()).query(Integer.class).single()).isZero();
	}

	@Test
	void anExpiredSessionGoesToSignInSayingSoAndItsFormsChangeNothing() throws Exception {
		Actor user = this.fixtures.user(this.fixtures.agency(this.fixtures.area(), "idva"), Role.CASEWORKER);
		HttpClient browser = browser();
		String csrf = csrfToken(signIn(browser, user).body());
		// Sixteen idle minutes pass.
		this.jdbc.sql("update spring_session set last_access_time = last_access_time - 960000 where principal_name = :id")
			.param("id", user.id()).update();

		HttpResponse<String> signOut = browser.send(form("/sign-out", Map.of("_csrf", csrf)),
				HttpResponse.BodyHandlers.ofString());
		assertThat(signOut.uri().toString()).endsWith("/sign-in?timed-out");
		assertThat(signOut.body()).contains("You were signed out because you had not done anything for a while");
		assertThat(auditedSignOuts(user)).isZero();

		HttpResponse<String> home = get(browser, "/");
		assertThat(home.uri().getPath()).isEqualTo("/sign-in");
	}

	@Test
	void aFormPostedWithoutAValidCsrfTokenShowsTheExpiredFormPageAndChangesNothing() throws Exception {
		Actor user = this.fixtures.user(this.fixtures.agency(this.fixtures.area(), "idva"), Role.CASEWORKER);
		HttpClient browser = browser();
		signIn(browser, user);

		HttpResponse<String> refused = browser.send(form("/sign-out", Map.of("_csrf", "forged")),
				HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> missing = browser.send(form("/sign-out", Map.of()), HttpResponse.BodyHandlers.ofString());

		for (HttpResponse<String> response : java.util.List.of(refused, missing)) {
			assertThat(response.statusCode()).isEqualTo(403);
			assertThat(response.body()).contains("the form had expired").contains("Nothing was changed");
		}
		// Still signed in: the sign-out did not happen, until it is asked for with the form's own token.
		HttpResponse<String> home = get(browser, "/");
		assertThat(home.uri().getPath()).isEqualTo("/");
		assertThat(auditedSignOuts(user)).isZero();
		HttpResponse<String> signedOut = browser.send(form("/sign-out", Map.of("_csrf", csrfToken(home.body()))),
				HttpResponse.BodyHandlers.ofString());
		assertThat(signedOut.uri().toString()).endsWith("/sign-in?signed-out");
		assertThat(auditedSignOuts(user)).isOne();
	}

	@Test
	void pagesCarryTheSecurityHeadersWithAFreshNoncePerResponseAndASafeSessionCookie() throws Exception {
		HttpClient browser = browser(HttpClient.Redirect.NEVER);

		HttpResponse<String> first = get(browser, "/sign-in");
		HttpResponse<String> second = get(browser, "/sign-in");

		String nonce = nonce(first);
		assertThat(nonce).isNotEqualTo(nonce(second));
		Matcher inPage = NONCE_IN_PAGE.matcher(first.body());
		assertThat(inPage.find()).isTrue();
		assertThat(inPage.group(1)).isEqualTo(nonce);
		assertThat(first.headers().firstValue("Content-Security-Policy").orElseThrow())
			.contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'none'")
			.doesNotContain("unsafe-inline");
		assertThat(first.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(first.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(first.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
		assertThat(first.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
		String cookie = first.headers().allValues("Set-Cookie").stream()
			.filter(value -> value.startsWith("TANDEM_SESSION="))
			.findFirst()
			.orElseThrow();
		assertThat(cookie).containsIgnoringCase("; Secure").containsIgnoringCase("; HttpOnly")
			.containsIgnoringCase("; SameSite=Lax");
	}

	@Test
	void signedInPagesAreNotCached() throws Exception {
		Actor user = this.fixtures.user(this.fixtures.agency(this.fixtures.area(), "idva"), Role.CASEWORKER);
		HttpResponse<String> home = signIn(browser(), user);

		assertThat(home.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
	}

	private HttpResponse<String> signIn(HttpClient browser, Actor user) throws Exception {
		String csrf = csrfToken(get(browser, "/sign-in").body());
		return browser.send(form("/sign-in", Map.of("username", user.name(), "password", Fixtures.PASSWORD, "_csrf", csrf)),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(HttpClient browser, String path) throws Exception {
		return browser.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest form(String path, Map<String, String> fields) {
		String body = fields.entrySet().stream()
			.map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return HttpRequest.newBuilder(URI.create(url(path)))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	private static String csrfToken(String page) {
		Matcher matcher = CSRF.matcher(page);
		assertThat(matcher.find()).as("a CSRF token in the page").isTrue();
		return matcher.group(1);
	}

	private static String nonce(HttpResponse<String> response) {
		Matcher matcher = Pattern.compile("'nonce-([^']+)'")
			.matcher(response.headers().firstValue("Content-Security-Policy").orElseThrow());
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	private int auditedSignOuts(Actor user) {
		return this.jdbc.sql("select count(*) from audit_event where actor_id = :id and action = 'SIGN_OUT'")
			.param("id", user.id()).query(Integer.class).single();
	}

}
