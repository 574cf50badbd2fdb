package tandem.bench;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;

import javax.sql.DataSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import tandem.TandemApplication;
import tandem.bench.matching.LinkageBenchmark;
import tandem.bench.matching.ScaleBenchmark;

/**
 * Tandem's benchmark command: {@code ./mvnw -q -Pbench verify -Dbench="generate --cases 1000000"} fills the database;
 * {@code -Dbench="referrals --cases 1000000 --clients 50 --seconds 60"} measures the referral API on it
 * ({@link ReferralBenchmark}); {@code -Dbench="reports --cases 1000000"} times partnership reporting on it
 * ({@link ReportBenchmark}). Benchmarks run
 * against Tandem itself, started in this JVM on a persistent embedded PostgreSQL in {@code bench-data/} (kept
 * between runs, since generating national-scale data takes minutes) or on the server named by
 * {@code SPRING_DATASOURCE_URL}.
 */
public final class Bench {

	private Bench() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length > 0 && args[0].equals("linkage")) {
			// Person matching runs without Tandem's application context: the engine is plain Java.
			LinkageBenchmark.run(Arrays.copyOfRange(args, 1, args.length));
			return;
		}
		if (args.length > 0 && args[0].equals("linkage-scale")) {
			ScaleBenchmark.run(Arrays.copyOfRange(args, 1, args.length));
			return;
		}
		Options options = Options.parse(args);
		try (ConfigurableApplicationContext tandem = start()) {
			switch (options.command()) {
				case "generate" -> generate(tandem.getBean(DataSource.class), options);
				case "referrals" -> new ReferralBenchmark(tandem, options).run();
				case "marac" -> new MaracBenchmark(tandem, options).run();
				case "reports" -> new ReportBenchmark(tandem, options).run();
				case "dedup-db" -> new DedupBenchmark(tandem).run();
				default -> throw new IllegalArgumentException("Unknown benchmark '" + options.command()
						+ "'. Known: generate, referrals, marac, reports, dedup-db, linkage, linkage-scale");
			}
		}
	}

	static ConfigurableApplicationContext start() {
		// Command-line arguments outrank application.yml, which must keep refusing to run without a database.
		return new SpringApplicationBuilder(TandemApplication.class).run("--tandem.database.embedded=persistent",
				"--tandem.database.data-directory=bench-data/postgres", "--server.port=0",
				// A page cache sized as on a production server with this machine's memory, not PostgreSQL's 128 MB.
				"--tandem.database.shared-buffers=4GB",
				// Loopback only: the benchmark's clients are in this JVM, and nothing else should reach it.
				"--server.address=127.0.0.1", "--logging.level.root=warn",
				// The data set outlives branches: a migration merged after it was generated may be numbered lower.
				"--spring.flyway.out-of-order=true");
	}

	/** Generates the synthetic partnership once per seed and size; a database holding another one is refused. */
	static void generate(DataSource dataSource, Options options) throws Exception {
		JdbcClient jdbc = JdbcClient.create(dataSource);
		jdbc.sql("create table if not exists bench_dataset (seed bigint, areas int, cases int, audit_events int,"
				+ " generated_at timestamptz default now())").update();
		var existing = jdbc.sql("select seed, areas, cases, audit_events from bench_dataset")
			.query((rs, row) -> new long[] { rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getInt(4) })
			.optional();
		long[] wanted = { options.seed(), options.size().areas(), options.size().cases(), options.size().auditEvents() };
		if (existing.isPresent()) {
			if (!Arrays.equals(existing.get(), wanted)) {
				throw new IllegalStateException("bench-data holds another data set " + Arrays.toString(existing.get())
						+ "; delete bench-data/ (or use another database) to generate " + Arrays.toString(wanted));
			}
			System.out.println("Synthetic partnership already generated: " + Arrays.toString(existing.get()));
			writeReferralHistory(jdbc);
			return;
		}
		long started = System.nanoTime();
		var report = new SyntheticPartnership(options.size(), options.seed(), LocalDate.now(BenchClock.UK))
			.generate(dataSource);
		jdbc.sql("insert into bench_dataset (seed, areas, cases, audit_events) values (?, ?, ?, ?)")
			.params(options.seed(), options.size().areas(), options.size().cases(), options.size().auditEvents())
			.update();
		System.out.printf("Generated %d areas, %d people, %d cases, %d audit events in %s%n", report.areas(),
				report.people(), report.cases(), report.auditEvents(), Duration.ofNanos(System.nanoTime() - started));
		writeReferralHistory(jdbc);
	}

	/** Added after the first national data sets were generated, so it is also written into an existing one. */
	private static void writeReferralHistory(JdbcClient jdbc) {
		long started = System.nanoTime();
		long written = ReferralHistory.ensure(jdbc);
		if (written > 0) {
			System.out.printf("Wrote the referral and Dash assessment of %d synthetic cases in %s%n", written,
					Duration.ofNanos(System.nanoTime() - started));
		}
	}

	/**
	 * Command-line options: the command, then {@code --cases}, {@code --areas}, {@code --audit-events}, {@code --seed};
	 * for the referral benchmark also {@code --clients} (concurrent), {@code --seconds} (measured),
	 * {@code --warm-up} (seconds, not measured) and {@code --profile-database true} ({@link DatabaseSampler}).
	 */
	record Options(String command, SyntheticPartnership.Size size, long seed, int clients, int seconds, int warmUp,
			boolean profileDatabase) {

		static Options parse(String[] args) {
			if (args.length == 0) {
				throw new IllegalArgumentException("Name a benchmark, e.g. generate");
			}
			SyntheticPartnership.Size national = SyntheticPartnership.Size.NATIONAL;
			int areas = national.areas();
			int cases = national.cases();
			int events = national.auditEvents();
			long seed = 20261122L;
			int clients = 50;
			int seconds = 60;
			// Two minutes: on two cores the JIT compiler's threads compete with the load for about that long, and a
			// shorter warm-up measured their work as the referrals' (15.6 ms of CPU each over one minute after 20 s,
			// 10.3 ms over five).
			int warmUp = 120;
			boolean profileDatabase = false;
			for (int i = 1; i + 1 < args.length; i += 2) {
				switch (args[i]) {
					case "--areas" -> areas = Integer.parseInt(args[i + 1]);
					case "--cases" -> cases = Integer.parseInt(args[i + 1]);
					case "--audit-events" -> events = Integer.parseInt(args[i + 1]);
					case "--seed" -> seed = Long.parseLong(args[i + 1]);
					case "--clients" -> clients = Integer.parseInt(args[i + 1]);
					case "--seconds" -> seconds = Integer.parseInt(args[i + 1]);
					case "--warm-up" -> warmUp = Integer.parseInt(args[i + 1]);
					case "--profile-database" -> profileDatabase = Boolean.parseBoolean(args[i + 1]);
					default -> throw new IllegalArgumentException("Unknown option " + args[i]);
				}
			}
			return new Options(args[0], new SyntheticPartnership.Size(areas, cases, events), seed, clients, seconds, warmUp,
					profileDatabase);
		}

	}

}
