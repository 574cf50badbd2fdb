package tandem.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Collections;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Finds the same person among many: the index's blocks give candidate pairs, {@link Comparison} gives each field's
 * level, and the {@link MatchModel} turns those into a probability and an explanation. Thread-safe; deduplication runs
 * on every core.
 */
public final class MatchEngine {

	private final Population index;

	private final MatchModel model;

	private MatchEngine(Population index, MatchModel model) {
		this.index = index;
		this.model = model;
	}

	public static MatchEngine with(PersonIndex index, MatchModel model) {
		return new MatchEngine(index, model);
	}

	/** As {@link #train(PersonIndex, MatchModel, int)}, on Bloom-filter encodings instead of plain text. */
	public static MatchEngine train(EncodedIndex index, MatchModel start, int samplePeople) {
		return train((Population) index, start, samplePeople);
	}

	/**
	 * Estimates the weights by EM on the candidate pairs of the first {@code samplePeople} people (all of them when the
	 * index is smaller), unsupervised, starting from {@code start}; keeps {@code start} where EM fails.
	 */
	public static MatchEngine train(PersonIndex index, MatchModel start, int samplePeople) {
		return train((Population) index, start, samplePeople);
	}

	private static MatchEngine train(Population index, MatchModel start, int samplePeople) {
		int limit = Math.min(samplePeople, index.size());
		int n = index.size();
		Patterns random = new Patterns();
		IntStream.range(0, Math.min(RANDOM_PAIRS, n * 20)).parallel().forEach(k -> {
			// Seeded per pair, so the estimate is the same on every run and every number of threads.
			SplittableRandom r = new SplittableRandom(k);
			int i = r.nextInt(n);
			int j = r.nextInt(n);
			if (i != j) {
				random.get()[Field.pack(index.compare(i, j).levels)]++;
			}
		});
		MatchModel.Training training = new MatchModel.Training(patterns(index, limit, Blocking.BIRTH_DATE),
				patterns(index, limit, Blocking.NAMES), patterns(index, limit, Blocking.ALL), random.total());
		// Pairs among the first {@code limit} people, plus those between them and the rest.
		double sampledPairs = (double) limit * (limit - 1) / 2 + (double) limit * (n - limit);
		return new MatchEngine(index, start.estimate(training, Math.max(1, sampledPairs)));
	}

	private static final int RANDOM_PAIRS = 300_000;

	/** Comparison pattern counts over the candidate pairs of the first {@code limit} people, by keys of {@code kinds}. */
	private static long[] patterns(Population index, int limit, int kinds) {
		Patterns patterns = new Patterns();
		Stamps stamps = new Stamps(index.size());
		IntStream.range(0, limit).parallel().forEach(i -> {
			long[] c = patterns.get();
			eachCandidate(index, stamps, i, kinds, j -> c[Field.pack(index.compare(i, j).levels)]++);
		});
		return patterns.total();
	}

	public MatchModel model() {
		return this.model;
	}

	/** Calls {@code consumer} for every candidate pair (a &lt; b), from several threads at once. */
	public void forEachCandidatePair(PairConsumer consumer) {
		Stamps stamps = new Stamps(this.index.size());
		IntStream.range(0, this.index.size()).parallel().forEach(i -> eachCandidate(this.index, stamps, i,
				Blocking.ALL, j -> consumer.accept(i, j, this.model.probability(this.index.compare(i, j).levels))));
	}

	/** The people in the index who may be {@code query}, most probable first, with why. */
	public List<Match> lookup(PersonRecord query, double minimumProbability) {
		if (!(this.index instanceof PersonIndex people)) {
			throw new IllegalStateException("Look-ups need a plain-text index");
		}
		Prepared q = new Prepared(query);
		List<Match> found = new ArrayList<>();
		java.util.BitSet compared = new java.util.BitSet();
		people.postings().candidates(Blocking.keys(q), j -> {
			if (!compared.get(j)) {
				compared.set(j);
				Comparison c = Comparison.of(q, people.person(j));
				double p = this.model.probability(c.levels);
				if (p >= minimumProbability) {
					found.add(new Match(people.id(j), p, this.model.explain(c)));
				}
			}
		});
		found.sort(Comparator.comparingDouble(Match::probability).reversed());
		return found;
	}

	/** How alike two people are, whatever the index holds. */
	public Match compare(PersonRecord a, PersonRecord b) {
		Comparison c = Comparison.of(new Prepared(a), new Prepared(b));
		return new Match(b.id(), this.model.probability(c.levels), this.model.explain(c));
	}

	private static void eachCandidate(Population index, Stamps stamps, int i, int kinds,
			java.util.function.IntConsumer action) {
		int[] stamp = stamps.get();
		index.postings().candidates(index.keys(i, kinds), j -> {
			if (j > i && stamp[j] != i) {
				stamp[j] = i;
				action.accept(j);
			}
		});
	}

	@FunctionalInterface
	public interface PairConsumer {

		void accept(int a, int b, double probability);

	}

	/** A person who may be the one looked up: the probability and the evidence, strongest first. */
	public record Match(String id, double probability, String explanation) {
	}

	/** Counts of comparison patterns, one array per thread, added up at the end. */
	private static final class Patterns extends ThreadLocal<long[]> {

		private final List<long[]> all = Collections.synchronizedList(new ArrayList<>());

		@Override
		protected long[] initialValue() {
			long[] counts = new long[Field.PATTERNS];
			this.all.add(counts);
			return counts;
		}

		long[] total() {
			long[] total = new long[Field.PATTERNS];
			for (long[] counts : this.all) {
				Arrays.setAll(total, p -> total[p] + counts[p]);
			}
			return total;
		}

	}

	/** Per thread, the person each other person was last compared with: each pair is compared once. */
	private static final class Stamps extends ThreadLocal<int[]> {

		private final int size;

		Stamps(int size) {
			this.size = size;
		}

		@Override
		protected int[] initialValue() {
			int[] stamp = new int[this.size];
			Arrays.fill(stamp, -1);
			return stamp;
		}

	}

}
