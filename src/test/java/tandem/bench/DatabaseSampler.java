package tandem.bench;

import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A sampling profiler for the database side of a benchmark ({@code --profile-database}): every 100 ms it notes which
 * statements are running and what each waits for, so that the statements holding requests up show as the most
 * sampled. Statement text only: the benchmark's parameters are bound, so no values appear. It also counts, from
 * PostgreSQL's table statistics, the rows each table had written and the scans it served per request, which shows
 * what one request costs the database however loaded the machine was.
 */
final class DatabaseSampler {

	private static final long INTERVAL_MILLIS = 100;

	private final JdbcClient jdbc;

	private final Map<String, LongAdder> samples = new ConcurrentHashMap<>();

	private final Thread thread;

	private final Map<String, long[]> tablesBefore;

	private volatile boolean running = true;

	DatabaseSampler(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.tablesBefore = tableActivity();
		this.thread = Thread.ofPlatform().daemon().name("database-sampler").start(this::sample);
	}

	private void sample() {
		while (this.running) {
			this.jdbc.sql("""
					select coalesce(wait_event_type || ':' || wait_event, 'CPU') as waiting,
					       regexp_replace(left(query, 110), '\\s+', ' ', 'g') as statement
					from pg_stat_activity
					where state = 'active' and pid <> pg_backend_pid() and backend_type = 'client backend'
					""")
				.query((rs, row) -> rs.getString(1) + " | " + rs.getString(2))
				.list()
				.forEach(key -> this.samples.computeIfAbsent(key, k -> new LongAdder()).increment());
			try {
				Thread.sleep(INTERVAL_MILLIS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	/** Per table: rows inserted, updated or deleted; index scans; sequential scans. */
	private Map<String, long[]> tableActivity() {
		Map<String, long[]> activity = new java.util.HashMap<>();
		this.jdbc.sql("""
				select relname, n_tup_ins + n_tup_upd + n_tup_del, coalesce(idx_scan, 0), seq_scan from pg_stat_user_tables
				""")
			.query(rs -> {
				activity.put(rs.getString(1), new long[] { rs.getLong(2), rs.getLong(3), rs.getLong(4) });
			});
		return activity;
	}

	/** Stops sampling and prints what it saw, tables' activity divided among {@code requests}. */
	void stop(long requests) throws InterruptedException {
		this.running = false;
		this.thread.join();
		printStatements();
		// Statistics reach the shared counters within a second of a transaction's end.
		Thread.sleep(1500);
		Map<String, long[]> after = tableActivity();
		double per = Math.max(1, requests);
		System.out.println("Tables per request (rows written, index scans, sequential scans), most written first:");
		after.entrySet()
			.stream()
			.map(e -> {
				long[] before = this.tablesBefore.getOrDefault(e.getKey(), new long[3]);
				long[] now = e.getValue();
				return Map.entry(e.getKey(), new double[] { (now[0] - before[0]) / per, (now[1] - before[1]) / per,
						(now[2] - before[2]) / per });
			})
			.filter(e -> e.getValue()[0] + e.getValue()[1] + e.getValue()[2] >= 0.01)
			.sorted(Comparator.comparingDouble((Map.Entry<String, double[]> e) -> -e.getValue()[0])
				.thenComparingDouble(e -> -e.getValue()[1]))
			.forEach(e -> System.out.printf("  %-32s %6.2f %6.2f %6.2f%n", e.getKey(), e.getValue()[0], e.getValue()[1],
					e.getValue()[2]));
	}

	private void printStatements() {
		long total = this.samples.values().stream().mapToLong(LongAdder::sum).sum();
		System.out.printf("Database samples (every %d ms, %d active statements seen), most frequent:%n", INTERVAL_MILLIS,
				total);
		this.samples.entrySet()
			.stream()
			.sorted(Comparator.comparingLong((Map.Entry<String, LongAdder> e) -> e.getValue().sum()).reversed())
			.limit(15)
			.forEach(e -> System.out.printf("  %5d  %s%n", e.getValue().sum(), e.getKey()));
	}

}
