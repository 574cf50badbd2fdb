package tandem.matching;

import java.util.Arrays;

/**
 * Pairs of people by number, with a probability each, gathered from many threads at once: two ints packed in one long
 * and a double, so that millions of pairs take 16 bytes each.
 */
final class ScoredPairs {

	private long[] pairs = new long[1024];

	private double[] probabilities = new double[1024];

	private int size;

	synchronized void add(int a, int b, double probability) {
		if (this.size == this.pairs.length) {
			this.pairs = Arrays.copyOf(this.pairs, this.size * 2);
			this.probabilities = Arrays.copyOf(this.probabilities, this.size * 2);
		}
		this.pairs[this.size] = (long) a << 32 | b;
		this.probabilities[this.size] = probability;
		this.size++;
	}

	/** Read by other threads only for progress, where a slightly stale count does no harm. */
	int size() {
		return this.size;
	}

	int first(int pair) {
		return (int) (this.pairs[pair] >>> 32);
	}

	int second(int pair) {
		return (int) this.pairs[pair];
	}

	double probability(int pair) {
		return this.probabilities[pair];
	}

	/** The pair numbers, most probable first (ties in the order of the people, so that a run is repeatable). */
	int[] mostProbableFirst() {
		return java.util.stream.IntStream.range(0, this.size)
			.boxed()
			.sorted((x, y) -> {
				int byProbability = Double.compare(this.probabilities[y], this.probabilities[x]);
				return byProbability != 0 ? byProbability : Long.compare(this.pairs[x], this.pairs[y]);
			})
			.mapToInt(Integer::intValue)
			.toArray();
	}

}
