package tandem.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import tandem.reporting.ReportRefresh;

/**
 * Partnership reporting on the national data set ({@code -Dbench="reports --cases 1000000"}): times the full rebuild
 * of the monthly counts and a catch-up, then signs in as an analyst over HTTP and times each report page the issue
 * sets a target for, first call (cold) and then {@link #RUNS} more (warm; median and worst printed).
 */
final class ReportBenchmark {

	private static final int RUNS = 5;

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final ConfigurableApplicationContext tandem;

	private final Bench.Options options;

	private final JdbcClient jdbc;

	ReportBenchmark(ConfigurableApplicationContext tandem, Bench.Options options) {
		this.tandem = tandem;
		this.options = options;
		this.jdbc = JdbcClient.create(tandem.getBean(DataSource.class));
	}

	void run() throws Exception {
		Bench.generate(this.tandem.getBean(DataSource.class), this.options);
		ReportRefresh refresh = this.tandem.getBean(ReportRefresh.class);
		long started = System.nanoTime();
		int months = refresh.rebuild();
		System.out.printf("Full rebuild of the monthly counts: %d months, %d rows, in %s%n", months,
				count("report_monthly_count"), Duration.ofNanos(System.nanoTime() - started));
		started = System.nanoTime();
		refresh.catchUp();
		System.out.printf("Catch-up with nothing new: %s%n", Duration.ofNanos(System.nanoTime() - started));
		String area = this.jdbc.sql("select code from area where code like 'synthetic-%' order by code limit 1")
			.query(String.class)
			.single();
		String password = UUID.randomUUID().toString();
		String username = analyst(area, password);
		URI base = URI.create("http://127.0.0.1:" + this.tandem.getEnvironment().getRequiredProperty("local.server.port"));
		LocalDate today = LocalDate.now(BenchClock.UK);
		String lastQuarter = quarter(today.minusMonths(3));
		String fiveYearsFrom = quarter(today.minusMonths(57));
		String thisQuarter = quarter(today);
		System.out.printf("Data set: %d referrals, %d cases, %d audit events; area %s; load %s%n", count("referral"),
				count("case_file"), count("audit_event"), area, loadAverage());
		try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
			String cookie = signIn(http, base, username, password);
			time(http, base, cookie, "Quarterly committee report, one area (page)",
					"/reports/committee?area=" + area + "&from=" + lastQuarter + "&to=" + lastQuarter);
			time(http, base, cookie, "Quarterly committee report, one area (PDF)",
					"/reports/committee.pdf?area=" + area + "&from=" + lastQuarter + "&to=" + lastQuarter);
			time(http, base, cookie, "Dashboard, one area, two years", "/reports?area=" + area);
			time(http, base, cookie, "Dashboard, whole partnership, five years",
					"/reports?from=" + fiveYearsFrom + "&to=" + thisQuarter);
			time(http, base, cookie, "Equality monitoring, whole partnership, five years",
					"/reports/equality?from=" + fiveYearsFrom + "&to=" + thisQuarter);
			time(http, base, cookie, "Committee report, whole partnership, five years (PDF)",
					"/reports/committee.pdf?from=" + fiveYearsFrom + "&to=" + thisQuarter);
		}
		Runtime runtime = Runtime.getRuntime();
		System.out.printf("Heap used %d MB; load %s%n", (runtime.totalMemory() - runtime.freeMemory()) >> 20,
				loadAverage());
	}

	private void time(HttpClient http, URI base, String cookie, String what, String path) throws Exception {
		long[] millis = new long[RUNS + 1];
		for (int run = 0; run <= RUNS; run++) {
			long started = System.nanoTime();
			HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(base.resolve(path))
				.header("Cookie", cookie)
				.build(), HttpResponse.BodyHandlers.ofByteArray());
			millis[run] = (System.nanoTime() - started) / 1_000_000;
			if (response.statusCode() != 200) {
				throw new IllegalStateException(what + " answered " + response.statusCode());
			}
		}
		long[] warm = Arrays.copyOfRange(millis, 1, millis.length);
		Arrays.sort(warm);
		System.out.printf("%-55s cold %,6d ms   warm median %,6d ms   worst %,6d ms%n", what, millis[0],
				warm[warm.length / 2], warm[warm.length - 1]);
	}

	/** An analyst in the area's police agency, with a password that lives only in this run. */
	private String analyst(String area, String password) {
		String username = "bench-analyst";
		UUID agency = this.jdbc.sql("""
				select g.id from agency g join area a on a.id = g.area_id where a.code = ? order by g.code limit 1
				""").params(area).query(UUID.class).single();
		String hash = this.tandem.getBean(PasswordEncoder.class).encode(password);
		UUID id = this.jdbc.sql("""
				insert into app_user (id, agency_id, username, display_name, password_hash)
				values (gen_random_uuid(), ?, ?, 'Benchmark analyst', ?)
				on conflict ((lower(username))) do update set password_hash = excluded.password_hash, failed_sign_ins = 0,
				    locked_until = null
				returning id
				""").params(agency, username, hash).query(UUID.class).single();
		this.jdbc.sql("insert into user_role (user_id, role) values (?, 'ANALYST') on conflict do nothing")
			.params(id)
			.update();
		return username;
	}

	/** Signs in through the sign-in page; the session cookie is carried by hand, as it is marked secure. */
	private static String signIn(HttpClient http, URI base, String username, String password) throws Exception {
		HttpResponse<String> page = http.send(HttpRequest.newBuilder(base.resolve("/sign-in")).build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher csrf = CSRF.matcher(page.body());
		if (!csrf.find()) {
			throw new IllegalStateException("No CSRF token on the sign-in page");
		}
		String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
		HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(base.resolve("/sign-in"))
			.header("Cookie", session(page))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		String location = signedIn.headers().firstValue("Location").orElse("");
		if (signedIn.statusCode() != 302 || location.contains("error")) {
			throw new IllegalStateException("Sign-in failed: " + signedIn.statusCode() + " " + location);
		}
		return session(signedIn);
	}

	private static String session(HttpResponse<?> response) {
		List<String> cookies = new ArrayList<>();
		for (String header : response.headers().allValues("Set-Cookie")) {
			cookies.add(header.split(";", 2)[0]);
		}
		if (cookies.isEmpty()) {
			throw new IllegalStateException("No session cookie");
		}
		return String.join("; ", cookies);
	}

	private static String quarter(LocalDate date) {
		return date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	private static String loadAverage() {
		return String.format("%.1f", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
			.getSystemLoadAverage());
	}

}
