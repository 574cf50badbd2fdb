package tandem.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * {@code marac}: a coordinator of each of several areas opens the agenda of a meeting with 18 cases (built, cut to
 * what they may see and audited on every request) and the meeting screen of one case on it, against the national
 * data set. The meetings are added on top of the data set the first time ({@link MaracBenchData}). Each request is
 * made by one of {@code --clients} signed-in coordinators, one after the other; p95 per page is reported.
 */
final class MaracBenchmark {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final ConfigurableApplicationContext tandem;

	private final Bench.Options options;

	private final JdbcClient jdbc;

	MaracBenchmark(ConfigurableApplicationContext tandem, Bench.Options options) {
		this.tandem = tandem;
		this.options = options;
		this.jdbc = JdbcClient.create(tandem.getBean(DataSource.class));
	}

	private record Coordinator(String session, UUID meeting, List<UUID> items) {
	}

	void run() throws Exception {
		Bench.generate(this.tandem.getBean(DataSource.class), this.options);
		List<MaracBenchData.Area> areas = MaracBenchData.ensure(this.jdbc, this.tandem.getBean(PasswordEncoder.class));
		URI base = URI.create("http://127.0.0.1:" + this.tandem.getEnvironment().getRequiredProperty("local.server.port"));
		try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
			.followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build()) {
			List<Coordinator> coordinators = new ArrayList<>();
			for (int i = 0; i < this.options.clients(); i++) {
				MaracBenchData.Area area = areas.get(i % areas.size());
				coordinators.add(new Coordinator(signIn(http, base, area.username()), area.meeting(), area.items()));
			}
			System.out.printf("MARAC benchmark: %d coordinators over %d areas, %d cases a meeting; load %s%n",
					coordinators.size(), areas.size(), areas.getFirst().items().size(), ReferralBenchmark.loadAverage());
			measure(http, base, coordinators, this.options.warmUp());
			System.out.printf("Warm-up done (%d s, not measured)%n", this.options.warmUp());
			List<long[]>[] result = measure(http, base, coordinators, this.options.seconds());
			report("agenda page (build, access, audit, render)", new Latencies(result[0]));
			report("meeting screen (one case)", new Latencies(result[1]));
			System.out.printf("  load average  %s%n", ReferralBenchmark.loadAverage());
		}
	}

	private static void report(String what, Latencies latencies) {
		System.out.printf("  %-45s %6d requests  p50 %s  p95 %s  p99 %s  max %s%n", what, latencies.count(),
				Latencies.millis(latencies.percentile(50)), Latencies.millis(latencies.percentile(95)),
				Latencies.millis(latencies.percentile(99)), Latencies.millis(latencies.max()));
	}

	/** @return the agenda and meeting-screen latencies, one list of nanoseconds per coordinator */
	@SuppressWarnings("unchecked")
	private static List<long[]>[] measure(HttpClient http, URI base, List<Coordinator> coordinators, int seconds)
			throws Exception {
		long until = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
		List<long[]> agendas = new ArrayList<>();
		List<long[]> screens = new ArrayList<>();
		try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
			List<Future<long[][]>> futures = new ArrayList<>();
			for (Coordinator coordinator : coordinators) {
				futures.add(pool.submit(() -> loop(http, base, coordinator, until)));
			}
			for (Future<long[][]> future : futures) {
				long[][] times = future.get();
				agendas.add(times[0]);
				screens.add(times[1]);
			}
		}
		return new List[] { agendas, screens };
	}

	private static long[][] loop(HttpClient http, URI base, Coordinator coordinator, long until) throws Exception {
		List<Long> agenda = new ArrayList<>();
		List<Long> screen = new ArrayList<>();
		int next = 0;
		while (System.nanoTime() < until) {
			agenda.add(timedGet(http, base.resolve("/marac/meetings/" + coordinator.meeting()), coordinator.session()));
			UUID item = coordinator.items().get(next++ % coordinator.items().size());
			screen.add(timedGet(http, base.resolve("/marac/items/" + item), coordinator.session()));
		}
		return new long[][] { agenda.stream().mapToLong(Long::longValue).toArray(),
				screen.stream().mapToLong(Long::longValue).toArray() };
	}

	private static long timedGet(HttpClient http, URI uri, String session) throws Exception {
		long started = System.nanoTime();
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).header("Cookie", session).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		long took = System.nanoTime() - started;
		if (response.statusCode() != 200) {
			throw new IllegalStateException(uri.getPath() + " answered " + response.statusCode());
		}
		return took;
	}

	/** Signs in through the sign-in page, as a person would, and returns the session cookie to send. */
	private static String signIn(HttpClient http, URI base, String username) throws Exception {
		HttpResponse<String> page = http.send(HttpRequest.newBuilder(base.resolve("/sign-in")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher csrf = CSRF.matcher(page.body());
		if (!csrf.find()) {
			throw new IllegalStateException("No CSRF token on the sign-in page");
		}
		String cookie = sessionCookie(page);
		String form = "username=" + encode(username) + "&password=" + encode(MaracBenchData.PASSWORD) + "&_csrf="
				+ encode(csrf.group(1));
		HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(base.resolve("/sign-in"))
			.header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
		if (signedIn.statusCode() != 302 || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException("Sign-in refused for " + username + ": " + signedIn.statusCode());
		}
		return signedIn.headers().allValues("Set-Cookie").isEmpty() ? cookie : sessionCookie(signedIn);
	}

	private static String sessionCookie(HttpResponse<?> response) {
		return response.headers().allValues("Set-Cookie").stream()
			.filter(c -> c.startsWith("TANDEM_SESSION="))
			.map(c -> c.substring(0, c.indexOf(';')))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No session cookie"));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
