package tandem.bench.matching;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

import tandem.matching.MatchEngine;
import tandem.matching.MatchModel;
import tandem.matching.PersonIndex;
import tandem.matching.PersonRecord;

/**
 * {@code linkage-scale --dedup 1000000 --lookup 2000000 --threshold 0.1}: batch deduplication of generated people
 * (index, EM, every candidate pair scored, clusters by union-find) and online look-ups against a larger index, one at
 * a time, with latency percentiles. Generating the people is not timed. Memory is the peak heap the JVM reports;
 * CPU time is reported beside wall time, because on a shared machine the wall time measures the neighbours too.
 */
public final class ScaleBenchmark {

	private ScaleBenchmark() {
	}

	public static void run(String[] args) {
		int dedup = 1_000_000;
		int lookup = 2_000_000;
		int queries = 10_000;
		double threshold = 0.1;
		for (int i = 0; i + 1 < args.length; i += 2) {
			switch (args[i]) {
				case "--dedup" -> dedup = Integer.parseInt(args[i + 1]);
				case "--lookup" -> lookup = Integer.parseInt(args[i + 1]);
				case "--queries" -> queries = Integer.parseInt(args[i + 1]);
				case "--threshold" -> threshold = Double.parseDouble(args[i + 1]);
				default -> throw new IllegalArgumentException("Unknown option " + args[i]);
			}
		}
		System.out.printf("Cores: %d, max heap %d MB%n", Runtime.getRuntime().availableProcessors(),
				Runtime.getRuntime().maxMemory() >> 20);
		if (dedup > 0) {
			deduplicate(dedup, threshold);
		}
		if (lookup > 0) {
			lookUp(lookup, queries, threshold);
		}
	}

	private static void deduplicate(int count, double threshold) {
		int[] entities = new int[count];
		List<PersonRecord> records = new SyntheticPeople(1).generate(count, entities);
		resetPeaks();
		long cpuAtStart = cpuNanos();
		long started = System.nanoTime();
		PersonIndex index = PersonIndex.of(records, TandemLinker.MAX_BLOCK);
		long indexed = System.nanoTime();
		MatchEngine engine = MatchEngine.train(index, MatchModel.configured(), TandemLinker.EM_SAMPLE);
		long trained = System.nanoTime();
		LongAdder compared = new LongAdder();
		LongAdder proposed = new LongAdder();
		LongAdder correct = new LongAdder();
		int[] parent = new int[count];
		Arrays.setAll(parent, i -> i);
		engine.forEachCandidatePair((a, b, p) -> {
			compared.increment();
			if (p >= threshold) {
				proposed.increment();
				if (entities[a] == entities[b]) {
					correct.increment();
				}
				synchronized (parent) {
					parent[find(parent, a)] = find(parent, b);
				}
			}
		});
		long done = System.nanoTime();
		double cpu = (cpuNanos() - cpuAtStart) / 1e9;
		long clusters = java.util.stream.IntStream.range(0, count).filter(i -> find(parent, i) == i).count();
		long truePairs = truePairs(entities);
		System.out.printf("Batch dedup of %,d people: %.1f s wall, %.1f s CPU (index %.1f s, EM %.1f s, scoring %.1f s), %,d pairs"
				+ " compared, %,d proposed, precision %.4f, recall %.4f, %,d clusters, peak heap %,d MB%n", count,
				(done - started) / 1e9, cpu, (indexed - started) / 1e9, (trained - indexed) / 1e9, (done - trained) / 1e9,
				compared.sum(), proposed.sum(), (double) correct.sum() / Math.max(1, proposed.sum()),
				(double) correct.sum() / truePairs, clusters, peakHeapMb());
	}

	private static void lookUp(int count, int queries, double threshold) {
		int[] entities = new int[count];
		SyntheticPeople people = new SyntheticPeople(2);
		List<PersonRecord> records = people.generate(count, entities);
		resetPeaks();
		long started = System.nanoTime();
		PersonIndex index = PersonIndex.of(records, TandemLinker.MAX_BLOCK);
		MatchEngine engine = MatchEngine.train(index, MatchModel.configured(), TandemLinker.EM_SAMPLE);
		long ready = System.nanoTime();
		SyntheticPeople asked = new SyntheticPeople(3);
		java.util.SplittableRandom pick = new java.util.SplittableRandom(4);
		long[] nanos = new long[queries];
		int found = 0;
		for (int q = 0; q < queries; q++) {
			// Half are someone already held, recorded again with errors; half are new to the index.
			PersonRecord query = q % 2 == 0 ? asked.corrupt(records.get(pick.nextInt(count)), "q" + q)
					: asked.person(-q);
			long t = System.nanoTime();
			List<MatchEngine.Match> matches = engine.lookup(query, threshold);
			nanos[q] = System.nanoTime() - t;
			found += matches.isEmpty() ? 0 : 1;
		}
		Arrays.sort(nanos);
		System.out.printf("Look-up against %,d people (index and EM %.1f s, peak heap %,d MB): %,d queries, %,d with"
				+ " a proposal; latency p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n", count,
				(ready - started) / 1e9, peakHeapMb(), queries, found, nanos[queries / 2] / 1e6,
				nanos[queries * 95 / 100] / 1e6, nanos[queries * 99 / 100] / 1e6, nanos[queries - 1] / 1e6);
	}

	private static int find(int[] parent, int i) {
		while (parent[i] != i) {
			parent[i] = parent[parent[i]];
			i = parent[i];
		}
		return i;
	}

	private static long truePairs(int[] entities) {
		int[] sorted = entities.clone();
		Arrays.sort(sorted);
		long pairs = 0;
		for (int i = 0, run = 1; i < sorted.length; i++, run++) {
			if (i + 1 == sorted.length || sorted[i + 1] != sorted[i]) {
				pairs += (long) run * (run - 1) / 2;
				run = 0;
			}
		}
		return pairs;
	}

	/** CPU time of the whole process: on a shared machine, wall time says more about the neighbours than about us. */
	static long cpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	private static void resetPeaks() {
		System.gc();
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	private static long peakHeapMb() {
		return ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(pool -> pool.getType() == MemoryType.HEAP)
			.mapToLong(pool -> pool.getPeakUsage().getUsed())
			.sum() >> 20;
	}

}
