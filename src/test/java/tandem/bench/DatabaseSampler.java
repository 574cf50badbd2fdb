package tandem.bench;

import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A sampling profiler for the database side of a benchmark ({@code --profile-database}): every 100 ms it notes which
 * statements are running and what each waits for, so that the statements holding requests up show as the most
 * sampled. Statement text only: the benchmark's parameters are bound, so no values appear.
 */
final class DatabaseSampler implements AutoCloseable {

	private static final long INTERVAL_MILLIS = 100;

	private final JdbcClient jdbc;

	private final Map<String, LongAdder> samples = new ConcurrentHashMap<>();

	private final Thread thread;

	private volatile boolean running = true;

	DatabaseSampler(JdbcClient jdbc) {
		this.jdbc = jdbc;
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

	@Override
	public void close() throws InterruptedException {
		this.running = false;
		this.thread.join();
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
