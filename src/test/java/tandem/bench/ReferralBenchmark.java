package tandem.bench;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import tandem.audit.AuditSealer;
import tandem.matching.MatchKeyIndex;
import tandem.reporting.ReportRefresh;
import tandem.bench.BenchClients.Client;

/**
 * {@code referrals}: concurrent agency systems submit referrals to {@code POST /api/v1/referrals} of the Tandem
 * running in this JVM, over loopback, against the generated national data set. A warm-up phase runs first and is not
 * measured; then every response time of the measured phase is kept and reported as percentiles.
 */
final class ReferralBenchmark {

	/** Requests per client per second that no run can exceed, so that a fault cannot make the loop run away. */
	private static final int MOST_PER_CLIENT_SECOND = 200;

	private static final int KNOWN_PAIRS = 20_000;

	private final ConfigurableApplicationContext tandem;

	private final Bench.Options options;

	private final JdbcClient jdbc;

	ReferralBenchmark(ConfigurableApplicationContext tandem, Bench.Options options) {
		this.tandem = tandem;
		this.options = options;
		this.jdbc = JdbcClient.create(tandem.getBean(DataSource.class));
	}

	void run() throws Exception {
		Bench.generate(this.tandem.getBean(DataSource.class), this.options);
		sealBacklog();
		catchUpReports();
		keyPeopleForMatching();
		URI base = URI.create("http://127.0.0.1:" + this.tandem.getEnvironment().getRequiredProperty("local.server.port"));
		JsonMapper json = this.tandem.getBean(JsonMapper.class);
		try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(30)).build()) {
			List<Client> clients = BenchClients.registerAndSignIn(this.jdbc, this.tandem.getBean(PasswordEncoder.class),
					http, base, json);
			Map<String, List<Client>> byArea = clients.stream().collect(Collectors.groupingBy(Client::areaCode));
			long runSeed = this.options.seed() + this.jdbc.sql("select count(*) from referral").query(Long.class).single();
			KnownPairs known = KnownPairs.sample(this.jdbc, runSeed, KNOWN_PAIRS);
			System.out.printf("%d API clients in %d areas; %d known victim-perpetrator pairs sampled; load %s%n",
					clients.size(), byArea.size(), known.size(), loadAverage());
			SplittableRandom seeds = new SplittableRandom(runSeed);
			LocalDate today = LocalDate.now(BenchClock.UK);
			List<ReferralMix> mixes = java.util.stream.IntStream.range(0, this.options.clients())
				.mapToObj(w -> new ReferralMix(seeds.split(), byArea, known, today, json, "bench-" + runSeed + "-" + w))
				.toList();
			ReferralLoad load = new ReferralLoad(http, base, mixes);
			load.phase(Duration.ofSeconds(this.options.warmUp()), MOST_PER_CLIENT_SECOND);
			System.out.printf("Warm-up done (%d s, not measured); load %s%n", this.options.warmUp(), loadAverage());
			ReferralLoad.Result result;
			CpuMeter cpu = CpuMeter.start(Path.of("bench-data", "postgres"));
			DatabaseSampler sampler = this.options.profileDatabase() ? new DatabaseSampler(this.jdbc) : null;
			result = load.phase(Duration.ofSeconds(this.options.seconds()), MOST_PER_CLIENT_SECOND);
			if (sampler != null) {
				sampler.stop(result.latencies().count());
			}
			report(result, cpu);
		}
	}

	/**
	 * The generator loads its audit events unsealed, as a bulk import would. Sealing millions of them takes minutes,
	 * so it happens here, timed, before anything is measured: the sealer during the run then has only the run's own
	 * events to chain, as in steady operation.
	 */
	private void sealBacklog() throws InterruptedException {
		AuditSealer sealer = this.tandem.getBean(AuditSealer.class);
		long waiting = waitingForSeal();
		if (waiting == 0) {
			System.out.println("Audit chain: nothing waits for a seal");
			return;
		}
		System.out.printf("Audit chain: sealing %d waiting events before measuring...%n", waiting);
		long started = System.nanoTime();
		while (true) {
			// Returns at once when the scheduled sealer holds the job; it is sealing the same backlog meanwhile.
			if (sealer.sealWaitingEvents() == 0) {
				if (waitingForSeal() == 0) {
					break;
				}
				Thread.sleep(1000);
			}
		}
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		this.jdbc.sql("vacuum analyze audit_unsealed").update();
		this.jdbc.sql("vacuum analyze audit_seal").update();
		System.out.printf("Audit chain: sealed %d events in %s (%.0f events/s); load %s%n", waiting, took,
				waiting / (took.toMillis() / 1000.0), loadAverage());
	}

	/**
	 * The report counts catch up every few minutes; the first time, on a data set loaded in bulk, that is a rebuild of
	 * every month. It happens here, timed, so the measured minute sees only the routine catch-ups of steady operation.
	 */
	private void catchUpReports() {
		long started = System.nanoTime();
		int months = this.tandem.getBean(ReportRefresh.class).catchUp();
		System.out.printf("Report counts: %d months brought up to date in %s; load %s%n", months,
				Duration.ofNanos(System.nanoTime() - started), loadAverage());
	}

	/**
	 * The generator loads people past the register, so the matching keys of a new data set are made here, timed, as
	 * the scheduled catch-up would make them after a bulk load.
	 */
	private void keyPeopleForMatching() throws InterruptedException {
		long started = System.nanoTime();
		MatchKeyIndex index = this.tandem.getBean(MatchKeyIndex.class);
		int keyed = 0;
		Optional<Integer> run;
		// Empty while the scheduled catch-up holds the job; it keys the same people meanwhile.
		while ((run = index.catchUp()).isEmpty() || run.get() > 0) {
			keyed += run.orElse(0);
			Thread.sleep(run.isEmpty() ? 1000 : 0);
		}
		this.jdbc.sql("vacuum analyze person_match_key").update();
		System.out.printf("Matching keys: %d people keyed in %s; load %s%n", keyed,
				Duration.ofNanos(System.nanoTime() - started), loadAverage());
	}

	private long waitingForSeal() {
		return this.jdbc.sql("select count(*) from audit_unsealed").query(Long.class).single();
	}

	private void report(ReferralLoad.Result result, CpuMeter cpu) {
		Latencies latencies = result.latencies();
		double seconds = result.elapsed().toMillis() / 1000.0;
		System.out.printf("""
				Referral benchmark: %d clients for %.1f s (after %d s warm-up)
				  requests      %d (%s)
				  errors        %d (non-2xx)%s
				  throughput    %.1f req/s
				  latency       p50 %s, p95 %s, p99 %s, max %s
				  outcomes      %.1f%% meet the MARAC threshold, %d repeats, %d victims already known, %d replayed retries
				  CPU/request   %s
				""", this.options.clients(), seconds, this.options.warmUp(), latencies.count(), result.statuses(),
				result.errors(), result.errors() == 0 ? "" : " " + result.errorSamples(), latencies.count() / seconds,
				Latencies.millis(latencies.percentile(50)), Latencies.millis(latencies.percentile(95)),
				Latencies.millis(latencies.percentile(99)), Latencies.millis(latencies.max()),
				100.0 * result.meetingThreshold() / Math.max(1, latencies.count()), result.repeats(), result.alreadyKnown(),
				result.replayed(), cpu.perRequest(latencies.count()));
		long usedBeforeGc = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
		System.gc();
		var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
		System.out.printf("  heap          %d MB used after the run, %d MB after a full GC, %d MB max%n",
				usedBeforeGc >> 20, heap.getUsed() >> 20, heap.getMax() >> 20);
		System.out.printf("  data set      %d people, %d cases, %d referrals, %d audit events (%d sealed)%n",
				count("person"), count("case_file"), count("referral"), count("audit_event"), count("audit_seal"));
		System.out.printf("  load average  %s (%d processors)%n", loadAverage(), Runtime.getRuntime().availableProcessors());
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	/** The 1, 5 and 15 minute load averages, as {@code uptime} shows them: other work on the machine skews figures. */
	static String loadAverage() {
		try {
			String[] parts = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
			return parts[0] + " " + parts[1] + " " + parts[2];
		}
		catch (java.io.IOException ex) {
			return "%.2f".formatted(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		}
	}

}
