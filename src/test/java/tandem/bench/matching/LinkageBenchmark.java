package tandem.bench.matching;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * {@code linkage --all}: every method on every public set, with each method's threshold chosen on ONE set
 * ({@code --tune-on}, default {@value #TUNING_SET}) and then fixed. {@code linkage --set fake_20000} runs one set;
 * {@code linkage --mapping my.properties --map given=first} runs any CSV (see {@link LinkageSet}).
 * {@code --data} points at the data folder; {@code --methods tandem,tandem-nt,bloom,duke,jedai} picks methods
 * (tandem-nt: without the twins rule). Wall and CPU time are printed: the machine is shared, and CPU time (of the whole
 * process, so garbage collection, compilation and a method's threads included) moves less with the neighbours.
 * {@code --repeat 3} runs each method three times per set and shows its shortest times: the first run on a new set
 * also pays for the compiler adapting to that set's data.
 */
public final class LinkageBenchmark {

	static final String TUNING_SET = "febrl2";

	static final List<String> ALL = List.of("febrl1", "febrl2", "febrl3", "febrl4", "dsgen-a", "dsgen-c", "dsgen-d",
			"dsgen-f", "rldata10000", "fake_20000", "historical_50k");

	private LinkageBenchmark() {
	}

	public static void run(String[] args) throws Exception {
		Map<String, String> options = new LinkedHashMap<>();
		Properties overrides = new Properties();
		List<String> sets = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--all" -> sets.addAll(ALL);
				case "--set" -> sets.add(args[++i]);
				case "--map" -> {
					String[] kv = args[++i].split("=", 2);
					overrides.setProperty(kv[0], kv[1]);
				}
				default -> options.put(args[i].substring(2), args[++i]);
			}
		}
		Path data = Path.of(options.getOrDefault("data", defaultData()));
		List<Linker> linkers = linkers(options.getOrDefault("methods", "tandem,bloom,duke,jedai"));
		String tuneOn = options.getOrDefault("tune-on", TUNING_SET);
		int repeat = Integer.parseInt(options.getOrDefault("repeat", "1"));
		Map<String, Double> thresholds = new LinkedHashMap<>();
		LinkageSet tuning = LinkageSet.load(tuneOn, LinkageSet.mapping(tuneOn), data);
		for (Linker linker : linkers) {
			Scored scored = run(linker, tuning);
			thresholds.put(linker.name(), scored.bestThreshold());
		}
		System.out.printf("Thresholds chosen on %s and fixed for every set: %s%n", tuneOn, thresholds);
		System.out.printf("%-15s %-9s %7s %8s %10s %6s %8s %6s %6s %6s %8s %8s%n", "set", "method", "records", "true",
				"compared", "PC", "RR", "P", "R", "F1", "seconds", "cpu s");
		if (options.containsKey("mapping")) {
			Properties mapping = LinkageSet.mapping(Path.of(options.get("mapping")));
			mapping.putAll(overrides);
			report(LinkageSet.load(options.get("mapping"), mapping, data), linkers, thresholds, repeat);
		}
		for (String name : sets) {
			Properties mapping = LinkageSet.mapping(name);
			mapping.putAll(overrides);
			report(LinkageSet.load(name, mapping, data), linkers, thresholds, repeat);
		}
	}

	/** With {@code repeat} above 1, each method runs that many times on the set and its shortest times are shown. */
	private static void report(LinkageSet set, List<Linker> linkers, Map<String, Double> thresholds, int repeat)
			throws Exception {
		for (Linker linker : linkers) {
			Scored scored = run(linker, set);
			for (int r = 1; r < repeat; r++) {
				Scored again = run(linker, set);
				scored.nanos = Math.min(scored.nanos, again.nanos);
				scored.cpuNanos = Math.min(scored.cpuNanos, again.cpuNanos);
			}
			double[] m = scored.metrics(thresholds.get(linker.name()));
			System.out.printf("%-15s %-9s %7d %8d %10d %6.4f %8.6f %6.4f %6.4f %6.4f %8.2f %8.2f%n", set.name(),
					linker.name(), set.records().size(), scored.truePairs(), scored.candidates(), scored.pairCompleteness(),
					scored.reductionRatio(), m[0], m[1], m[2], scored.nanos / 1e9, scored.cpuNanos / 1e9);
		}
	}

	private static Scored run(Linker linker, LinkageSet set) throws Exception {
		Scored scored = new Scored(set.entities());
		// The garbage of the method before is collected outside the timing, so that no method pays for another's.
		System.gc();
		long cpu = ScaleBenchmark.cpuNanos();
		long started = System.nanoTime();
		linker.link(set, scored);
		scored.nanos = System.nanoTime() - started;
		scored.cpuNanos = ScaleBenchmark.cpuNanos() - cpu;
		return scored;
	}

	private static List<Linker> linkers(String names) {
		List<Linker> linkers = new ArrayList<>();
		for (String name : names.split(",")) {
			linkers.add(switch (name) {
				case "tandem" -> new TandemLinker(true);
				case "tandem-nt" -> new TandemLinker(false);
				case "bloom" -> new BloomLinker();
				case "duke" -> competitor("DukeLinker");
				case "jedai" -> competitor("JedaiLinker");
				default -> throw new IllegalArgumentException("Unknown method " + name);
			});
		}
		return linkers;
	}

	/**
	 * Duke and JedAI live in src/bench/java, compiled only with -Pbench (their dependencies would clash with Tandem's
	 * in a normal build), so they are found by name.
	 */
	private static Linker competitor(String simpleName) {
		try {
			return (Linker) Class.forName(LinkageBenchmark.class.getPackageName() + "." + simpleName)
				.getDeclaredConstructor()
				.newInstance();
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(simpleName + " is only on the classpath with -Pbench", ex);
		}
	}

	/** The shared data sits beside the project (../shared/data/linkage) in the main checkout. */
	private static String defaultData() {
		for (String candidate : List.of("../shared/data/linkage", "../../shared/data/linkage")) {
			if (Files.isDirectory(Path.of(candidate))) {
				return candidate;
			}
		}
		throw new IllegalStateException("Name the linkage data folder with --data");
	}

}
