package tandem.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time spent by this JVM (Tandem and the load generator together) and by the PostgreSQL server whose data
 * directory is given. Unlike throughput, CPU per request barely moves when other work shares the machine, so it
 * shows whether a change made requests cheaper. PostgreSQL's share is read from {@code /proc} (Linux only): its
 * postmaster and every process it started, including backends that ended during the run.
 */
final class CpuMeter {

	/** Linux reports process times in clock ticks of 1/100 s on every platform Tandem runs on. */
	private static final long NANOS_PER_TICK = 10_000_000L;

	private final Path dataDirectory;

	private final long javaStart;

	private final long databaseStart;

	private CpuMeter(Path dataDirectory) {
		this.dataDirectory = dataDirectory;
		this.javaStart = javaNanos();
		this.databaseStart = databaseNanos();
	}

	static CpuMeter start(Path dataDirectory) {
		return new CpuMeter(dataDirectory);
	}

	/** @return e.g. "4.1 ms Java (Tandem and the load generator), 1.9 ms PostgreSQL" per request */
	String perRequest(long requests) {
		double java = (javaNanos() - this.javaStart) / 1e6 / Math.max(1, requests);
		long database = databaseNanos();
		String postgres = database < 0 || this.databaseStart < 0 ? "PostgreSQL not measured (no /proc)"
				: "%.1f ms PostgreSQL".formatted((database - this.databaseStart) / 1e6 / Math.max(1, requests));
		return "%.1f ms Java (Tandem and the load generator), %s".formatted(java, postgres);
	}

	private static long javaNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	/** The postmaster's own time and its children's, live and ended (fields 14–17 of /proc/PID/stat). */
	private long databaseNanos() {
		try {
			String postmaster = Files.readAllLines(this.dataDirectory.resolve("postmaster.pid")).getFirst().strip();
			long ticks = ticks(postmaster, true);
			try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
				ticks += processes.map(p -> p.getFileName().toString())
					.filter(pid -> pid.chars().allMatch(Character::isDigit))
					.filter(pid -> postmaster.equals(field(pid, 4)))
					.mapToLong(pid -> ticks(pid, false))
					.sum();
			}
			return ticks * NANOS_PER_TICK;
		}
		catch (IOException | RuntimeException ex) {
			return -1;
		}
	}

	private static long ticks(String pid, boolean withEndedChildren) {
		long own = Long.parseLong(field(pid, 14)) + Long.parseLong(field(pid, 15));
		return withEndedChildren ? own + Long.parseLong(field(pid, 16)) + Long.parseLong(field(pid, 17)) : own;
	}

	/** Field n (1-based) of /proc/PID/stat; the command name in field 2 may hold spaces, so count after its ')'. */
	private static String field(String pid, int n) {
		try {
			String stat = Files.readString(Path.of("/proc", pid, "stat"));
			String[] after = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return after[n - 3];
		}
		catch (IOException ex) {
			return "";
		}
	}

}
