package tandem.bench.matching;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * What one method produced on one set: how many pairs it compared (and how many of those truly match: the pair
 * completeness of its blocking) and every pair it scored above a floor, with whether it truly matches.
 */
final class Scored {

	private final String[] entities;

	private final long truePairs;

	private long candidates;

	private long trueCandidates;

	private float[] scores = new float[1024];

	private boolean[] truth = new boolean[1024];

	private int size;

	long nanos;

	/** CPU time of the whole process while the method ran (garbage collection and compilation included). */
	long cpuNanos;

	Scored(String[] entities) {
		this.entities = entities;
		Map<String, Long> sizes = new HashMap<>();
		for (String e : entities) {
			sizes.merge(e, 1L, Long::sum);
		}
		this.truePairs = sizes.values().stream().mapToLong(k -> k * (k - 1) / 2).sum();
	}

	boolean isTrue(int a, int b) {
		return this.entities[a].equals(this.entities[b]);
	}

	/** A compared pair; kept for the metrics when its score reaches the floor. */
	synchronized void compared(int a, int b, double score, double floor) {
		boolean match = isTrue(a, b);
		this.candidates++;
		if (match) {
			this.trueCandidates++;
		}
		if (score >= floor) {
			if (this.size == this.scores.length) {
				this.scores = Arrays.copyOf(this.scores, this.size * 2);
				this.truth = Arrays.copyOf(this.truth, this.size * 2);
			}
			this.scores[this.size] = (float) score;
			this.truth[this.size++] = match;
		}
	}

	long truePairs() {
		return this.truePairs;
	}

	double pairCompleteness() {
		return this.truePairs == 0 ? 1 : (double) this.trueCandidates / this.truePairs;
	}

	double reductionRatio() {
		double n = this.entities.length;
		return 1 - this.candidates / (n * (n - 1) / 2);
	}

	long candidates() {
		return this.candidates;
	}

	/** Precision, recall and F1 of the pairs scoring at least {@code threshold}. */
	double[] metrics(double threshold) {
		long tp = 0;
		long fp = 0;
		for (int i = 0; i < this.size; i++) {
			if (this.scores[i] >= threshold) {
				if (this.truth[i]) {
					tp++;
				}
				else {
					fp++;
				}
			}
		}
		double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
		double recall = (double) tp / this.truePairs;
		double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
		return new double[] { precision, recall, f1 };
	}

	/** The threshold with the best F1 here: used on the tuning set only. */
	double bestThreshold() {
		Integer[] order = new Integer[this.size];
		Arrays.setAll(order, i -> i);
		Arrays.sort(order, (x, y) -> Float.compare(this.scores[y], this.scores[x]));
		long tp = 0;
		double best = 0;
		double threshold = 1;
		for (int k = 0; k < order.length; k++) {
			if (this.truth[order[k]]) {
				tp++;
			}
			boolean lastOfTies = k + 1 == order.length || this.scores[order[k + 1]] < this.scores[order[k]];
			double f1 = 2.0 * tp / (k + 1 + this.truePairs);
			if (lastOfTies && f1 > best) {
				best = f1;
				threshold = this.scores[order[k]];
			}
		}
		return threshold;
	}

}
