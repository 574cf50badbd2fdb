package tandem;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import tandem.agency.Actor;
import tandem.agency.Role;
import tandem.audit.AuditAction;
import tandem.audit.AuditActor;
import tandem.audit.AuditChainCheck;
import tandem.audit.AuditChainVerifier;
import tandem.audit.AuditEvent;
import tandem.audit.AuditLog;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two whole Tandem nodes on one database, as behind a load balancer: a session begun on one is honoured by the other,
 * and with both sealers running, every audit event written through either is sealed exactly once in one chain.
 */
class TwoNodesIntegrationTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final int EVENTS_PER_WRITER = 150;

	static ConfigurableApplicationContext nodeA;

	static ConfigurableApplicationContext nodeB;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@BeforeAll
	static void startTwoNodes() {
		nodeA = start();
		nodeB = start();
	}

	@AfterAll
	static void stopTwoNodes() {
		nodeA.close();
		nodeB.close();
	}

	private static ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(TandemApplication.class).profiles("test")
			.properties("server.port=0", "tandem.audit.seal-interval=100ms")
			.run();
	}

	@Test
	void aSessionBegunOnOneNodeIsHonouredByTheOther() throws Exception {
		Fixtures fixtures = new Fixtures(nodeA.getBean(JdbcClient.class), nodeA.getBean(PasswordEncoder.class));
		Actor user = fixtures.user(fixtures.agency(fixtures.area(), "council"), Role.ADMINISTRATOR);

		HttpResponse<String> form = send(nodeA, HttpRequest.newBuilder(uri(nodeA, "/sign-in")).GET(), null);
		Matcher csrf = CSRF.matcher(form.body());
		assertThat(csrf.find()).isTrue();
		String body = "username=" + encode(user.name()) + "&password=" + encode(Fixtures.PASSWORD) + "&_csrf="
				+ encode(csrf.group(1));
		HttpResponse<String> signedIn = send(nodeA, HttpRequest.newBuilder(uri(nodeA, "/sign-in"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)), sessionCookie(form));
		assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/"));

		// Any page that needs the signed-in administrator will do; this module's own keeps the test to its area.
		HttpResponse<String> page = send(nodeB, HttpRequest.newBuilder(uri(nodeB, "/admin/audit")).GET(),
				sessionCookie(signedIn));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Check the audit trail");

		HttpResponse<String> stranger = send(nodeB, HttpRequest.newBuilder(uri(nodeB, "/admin/audit")).GET(), null);
		assertThat(stranger.statusCode()).isEqualTo(302);
	}

	@Test
	void eventsWrittenThroughBothNodesAreEachSealedOnceInOneIntactChain() throws Exception {
		String burst = Fixtures.unique("burst");
		ExecutorService writers = Executors.newFixedThreadPool(4);
		List<Future<?>> writes = new ArrayList<>();
		for (ConfigurableApplicationContext node : List.of(nodeA, nodeB, nodeA, nodeB)) {
			AuditLog log = node.getBean(AuditLog.class);
			writes.add(writers.submit(() -> write(log, burst)));
		}
		for (Future<?> write : writes) {
			write.get();
		}
		writers.shutdown();
		int written = 4 * EVENTS_PER_WRITER;
		JdbcClient jdbc = nodeB.getBean(JdbcClient.class);

		awaitSealed(jdbc, burst, written);

		assertThat(jdbc.sql("""
				select count(*) from audit_seal s join audit_event e on e.id = s.event_id where e.subject_id like :burst
				""").param("burst", burst + "-%").query(Long.class).single()).isEqualTo(written);
		AuditChainCheck check = nodeA.getBean(AuditChainVerifier.class).checkAs(AuditActor.system("two nodes test"));
		assertThat(check.firstBrokenLink()).as(check.summary()).isNull();
	}

	private static void write(AuditLog log, String burst) {
		for (int n = 0; n < EVENTS_PER_WRITER; n++) {
			log.recordAlone(AuditEvent.success(AuditActor.system("two nodes test"), AuditAction.VIEW, "case",
					burst + "-" + Thread.currentThread().threadId() + "-" + n));
		}
	}

	private static void awaitSealed(JdbcClient jdbc, String burst, int expected) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		long sealed = 0;
		while (sealed < expected && Instant.now().isBefore(deadline)) {
			Thread.sleep(200);
			sealed = jdbc.sql("""
					select count(distinct s.event_id) from audit_seal s join audit_event e on e.id = s.event_id
					where e.subject_id like :burst
					""").param("burst", burst + "-%").query(Long.class).single();
		}
		assertThat(sealed).as("events of the burst sealed").isEqualTo(expected);
	}

	private HttpResponse<String> send(ConfigurableApplicationContext node, HttpRequest.Builder request,
			String cookie) throws Exception {
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** The session cookie a response set, as a browser would send it back. */
	private static String sessionCookie(HttpResponse<String> response) {
		return response.headers().allValues("Set-Cookie").stream()
			.filter(cookie -> cookie.startsWith("TANDEM_SESSION="))
			.map(cookie -> cookie.substring(0, cookie.indexOf(';')))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no TANDEM_SESSION cookie in " + response.headers().map()));
	}

	private static URI uri(ConfigurableApplicationContext node, String path) {
		return URI.create("http://localhost:" + node.getEnvironment().getProperty("local.server.port") + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
