package tandem.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

import org.springframework.context.ConfigurableApplicationContext;

import tandem.audit.AuditActor;
import tandem.matching.DuplicateCheck;

/**
 * {@code dedup-db}: the nightly duplicate check, as the application runs it, over every person in the benchmark
 * database (streamed from PostgreSQL, EM, every candidate pair, clusters, proposals stored). Prints people, pairs,
 * clusters, wall and CPU time, peak heap and the load average, since the machine is shared.
 */
final class DedupBenchmark {

	private final ConfigurableApplicationContext tandem;

	DedupBenchmark(ConfigurableApplicationContext tandem) {
		this.tandem = tandem;
	}

	void run() {
		var system = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		System.out.printf("Cores: %d, max heap %d MB, load average before %.1f%n",
				Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
				system.getSystemLoadAverage());
		System.gc();
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
		long cpu = system.getProcessCpuTime();
		DuplicateCheck.Finished run = this.tandem.getBean(DuplicateCheck.class)
			.runNow(AuditActor.system("dedup-db benchmark"))
			.orElseThrow(() -> new IllegalStateException("Another duplicate check holds the job"));
		long peak = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(pool -> pool.getType() == MemoryType.HEAP)
			.mapToLong(pool -> pool.getPeakUsage().getUsed())
			.sum();
		System.out.printf("Duplicate check of %,d people: %.1f s wall, %.1f s CPU (this JVM); %,d pairs compared,"
				+ " %,d proposed, %,d held apart as possible twins, %,d clusters; peak heap %,d MB; load average"
				+ " after %.1f; run %s%n", run.people(), run.took().toMillis() / 1e3,
				(system.getProcessCpuTime() - cpu) / 1e9, run.pairsCompared(), run.pairsProposed(), run.pairsHeldApart(),
				run.clusters(), peak >> 20, system.getSystemLoadAverage(), run.run());
	}

}
