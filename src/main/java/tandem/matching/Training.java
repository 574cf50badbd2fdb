package tandem.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Collects what EM learns from, in one pass over the candidate pairs of a sample of people: the comparison patterns
 * of all candidates, of those sharing a names key and of those sharing a birth-date key; and the patterns of random
 * pairs, for u. No truth is used: it is unsupervised.
 */
final class Training {

	private static final int MAX_RANDOM_PAIRS = 100_000;

	private Training() {
	}

	static MatchModel estimate(Population index, MatchModel start, int samplePeople) {
		int n = index.size();
		int limit = Math.min(samplePeople, n);
		Patterns all = new Patterns();
		Patterns byNames = new Patterns();
		Patterns byBirthDate = new Patterns();
		Stamps seen = new Stamps(n);
		Stamps viaNames = new Stamps(n);
		Stamps viaBirthDate = new Stamps(n);
		IntStream.range(0, limit).parallel().forEach(i -> {
			int[] names = viaNames.get();
			int[] born = viaBirthDate.get();
			int[] stamp = seen.get();
			index.postings().candidates(index.keys(i, Blocking.NAMES), j -> names[j] = i);
			index.postings().candidates(index.keys(i, Blocking.BIRTH_DATE), j -> born[j] = i);
			long[] counts = all.get();
			index.postings().candidates(index.keys(i, Blocking.ALL), j -> {
				if (j > i && stamp[j] != i) {
					stamp[j] = i;
					int pattern = Field.pack(index.compare(i, j).levels);
					counts[pattern]++;
					if (names[j] == i) {
						byNames.get()[pattern]++;
					}
					if (born[j] == i) {
						byBirthDate.get()[pattern]++;
					}
				}
			});
		});
		MatchModel.Training training = new MatchModel.Training(byBirthDate.total(), byNames.total(), all.total(),
				randomPatterns(index));
		return start.estimate(training);
	}

	/** Random pairs are almost all non-matches: their patterns give u. Seeded per pair, so runs repeat exactly. */
	private static long[] randomPatterns(Population index) {
		int n = index.size();
		Patterns random = new Patterns();
		IntStream.range(0, Math.min(MAX_RANDOM_PAIRS, Math.max(20_000, 2 * n))).parallel().forEach(k -> {
			SplittableRandom r = new SplittableRandom(k);
			int i = r.nextInt(n);
			int j = r.nextInt(n);
			if (i != j) {
				random.get()[Field.pack(index.compare(i, j).levels)]++;
			}
		});
		return random.total();
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

}
