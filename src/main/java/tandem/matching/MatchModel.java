package tandem.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.Comparator;
import java.util.List;

/**
 * Fellegi-Sunter weights: for each field and level, m (how often true matches show it) and u (how often non-matches
 * do), and the prior share of matches among compared pairs. A pair's weight is the sum of log2(m/u) over its fields;
 * its probability follows from the prior. {@link #configured()} holds the fallback values; {@link #estimate} refines
 * them by EM on the data, without any knowledge of which pairs truly match.
 */
public final class MatchModel {

	private static final double FLOOR = 1e-6;

	/** The share of compared pairs assumed to match once weights are estimated: one in ten thousand. */
	static final double ESTIMATED_MODEL_PRIOR = 1e-4;

	final double prior;

	final double[][] m;

	final double[][] u;

	private final boolean estimated;

	final boolean twinsRule;

	MatchModel(double prior, double[][] m, double[][] u, boolean estimated, boolean twinsRule) {
		this.prior = prior;
		this.m = m;
		this.u = u;
		this.estimated = estimated;
		this.twinsRule = twinsRule;
	}

	/** Fallback weights, set from what is typical of agency records; index 0 of each row ("not known") is unused. */
	public static MatchModel configured() {
		double[][] m = { { 0, .80, .04, .08, .05, .03 }, { 0, .82, .09, .05, .04 }, { 0, .85, .03, .06, .03, .03 },
				{ 0, .97, .03 }, { 0, .70, .15, .15 }, { 0, .70, .20, .10 }, { 0, .80, .10, .10 } };
		double[][] u = { { 0, .02, .002, .01, .05, .918 }, { 0, .02, .01, .05, .92 },
				{ 0, .002, .0002, .005, .04, .9528 }, { 0, .5, .5 }, { 0, .01, .05, .94 }, { 0, .02, .10, .88 },
				{ 0, .01, .02, .97 } };
		return new MatchModel(0.1, m, u, false, true);
	}

	/**
	 * The same model without the rule that people who share a date of birth and family name but not a given name are
	 * twins ({@link Comparison#possibleTwins()}). Only for measuring what the rule costs on data sets whose truth
	 * calls such pairs one person (FEBRL replaces given names in its duplicates); Tandem always keeps it.
	 */
	public MatchModel withoutTwinsRule() {
		return new MatchModel(this.prior, this.m, this.u, this.estimated, false);
	}

	/** Whether EM produced these weights (false: the configured fallback was kept). */
	public boolean isEstimated() {
		return this.estimated;
	}

	double weight(int field, int level) {
		return level == 0 ? 0 : log2(this.m[field][level] / this.u[field][level]);
	}

	double logOdds(byte[] levels) {
		double total = log2(this.prior / (1 - this.prior));
		for (int f = 0; f < levels.length; f++) {
			total += weight(f, levels[f]);
		}
		return total;
	}

	double probability(byte[] levels) {
		return probability(levels, 0);
	}

	/** @param extraBits evidence beyond the levels, e.g. the rarity of a shared name */
	double probability(byte[] levels, double extraBits) {
		return 1 / (1 + Math.pow(2, -(logOdds(levels) + extraBits)));
	}

	/**
	 * The pair's probability; possible twins ({@link Comparison#possibleTwins()}) are held at or below odds of
	 * 2^{@value Comparison#TWINS_LOG_ODDS}, whatever else agrees, while the twins rule is on.
	 */
	double probability(Comparison comparison, double extraBits) {
		double logOdds = logOdds(comparison.levels) + extraBits;
		if (this.twinsRule && comparison.possibleTwins()) {
			logOdds = Math.min(logOdds, Comparison.TWINS_LOG_ODDS);
		}
		return 1 / (1 + Math.pow(2, -logOdds));
	}

	/** "date of birth identical (+8.1); given name a known variant (+4.2); …", strongest evidence first. */
	String explain(Comparison comparison, double nameFrequencyBits) {
		List<String> parts = new ArrayList<>();
		if (this.twinsRule && comparison.possibleTwins()) {
			parts.add("possibly twins: same date of birth and family name but a different given name, so not one person");
		}
		if (comparison.swapped) {
			parts.add("given and family names swapped");
		}
		List<Integer> fields = new ArrayList<>();
		for (int f = 0; f < comparison.levels.length; f++) {
			fields.add(f);
		}
		// Strongest evidence first; fields not known on one side last, as they weigh nothing.
		fields.sort(Comparator.comparingDouble((Integer f) -> -Math.abs(weight(f, comparison.levels[f])))
			.thenComparing(f -> comparison.levels[f] == 0));
		for (int f : fields) {
			if (comparison.levels[f] != 0) {
				parts.add(String.format("%s (%+.1f)", Field.values()[f].describe(comparison.levels[f]),
						weight(f, comparison.levels[f])));
			}
		}
		for (int f : fields) {
			if (comparison.levels[f] == 0 && comparison.known[f]) {
				parts.add(Field.values()[f].describe(0));
			}
		}
		if (Math.abs(nameFrequencyBits) >= 0.05) {
			parts.add(String.format("%s (%+.1f)", nameFrequencyBits < 0 ? "the shared name is common" : "the shared name is rare",
					nameFrequencyBits));
		}
		return String.join("; ", parts);
	}

	/**
	 * Estimates the weights from the data alone, in the manner of Splink: u from random pairs (almost all
	 * non-matches); m by EM with u fixed, twice: on pairs blocked by date of birth (which tells the names' m) and on
	 * pairs blocked by the names (which tells the date of birth's m), each session ignoring the fields it was blocked
	 * on, because those agree by construction. A session left with fewer than two fields mostly known (RLdata has
	 * names and a date of birth only, so the pairs blocked by names have just the date) cannot be learnt from: any share
	 * of matches fits one field's levels, and EM takes namesakes born close together for matches. The fields it would
	 * have taught keep their configured m. A last EM over all candidate pairs with m and u fixed checks the fit.
	 * A field whose estimate does not favour agreement keeps its configured values; a degenerate EM keeps the
	 * whole configured model.
	 */
	MatchModel estimate(Training training) {
		double[][] u = levelShares(training.random());
		int names = Field.GIVEN_NAME.ordinal();
		int family = Field.FAMILY_NAME.ordinal();
		int born = Field.BIRTH_DATE.ordinal();
		double[][] fromBirthDate = copy(this.m);
		double[][] fromNames = copy(this.m);
		double p1 = expectationMaximisation(training.byBirthDate(), fromBirthDate, u, Set.of(born));
		double p2 = expectationMaximisation(training.byNames(), fromNames, u, Set.of(names, family));
		if (Double.isNaN(p1) || Double.isNaN(p2)) {
			return this;
		}
		boolean datesLearnt = identifiable(training.byNames(), Set.of(names, family));
		boolean namesLearnt = identifiable(training.byBirthDate(), Set.of(born));
		double[][] m = new double[this.m.length][];
		for (int f = 0; f < m.length; f++) {
			m[f] = f == born ? (datesLearnt ? fromNames[f] : this.m[f].clone())
					: f == names || f == family ? (namesLearnt ? fromBirthDate[f] : this.m[f].clone())
					: mean(fromBirthDate[f], fromNames[f]);
			if (m[f][1] <= u[f][1]) {
				m[f] = this.m[f].clone();
				u[f] = this.u[f].clone();
			}
		}
		double[][] fixedM = copy(m);
		double candidatePrior = expectationMaximisation(training.candidates(), fixedM, u, null);
		if (!(candidatePrior > 1e-6 && candidatePrior < 0.99)) {
			return this;
		}
		// EM's own prior moves with the size of the index and the blocking; a fixed one keeps a probability (and so a
		// threshold) meaning the same on every data set. EM's prior only serves to reject a degenerate fit.
		return new MatchModel(ESTIMATED_MODEL_PRIOR, m, u, true, this.twinsRule);
	}

	/**
	 * EM over pattern counts with u fixed: updates {@code m} (unless {@code ignored} is null, meaning "m fixed too",
	 * when only the prior moves) and returns the share of matches, or NaN when there was nothing to learn from.
	 */
	private static double expectationMaximisation(long[] patternCounts, double[][] m, double[][] u,
			Set<Integer> ignored) {
		int[] patterns = IntStream.range(0, patternCounts.length).filter(p -> patternCounts[p] > 0).toArray();
		if (patterns.length == 0) {
			return Double.NaN;
		}
		int fields = m.length;
		double prior = 0.1;
		int[] levels = new int[fields];
		for (int iteration = 0; iteration < 300; iteration++) {
			double[][] mSum = new double[fields][];
			for (int f = 0; f < fields; f++) {
				mSum[f] = new double[m[f].length];
			}
			double matched = 0;
			double total = 0;
			for (int p : patterns) {
				double pm = prior;
				double pu = 1 - prior;
				for (int f = 0; f < fields; f++) {
					levels[f] = ignored != null && ignored.contains(f) ? 0 : Field.level(p, f);
					if (levels[f] != 0) {
						pm *= m[f][levels[f]];
						pu *= u[f][levels[f]];
					}
				}
				double g = pm / (pm + pu);
				double c = patternCounts[p];
				matched += c * g;
				total += c;
				for (int f = 0; f < fields; f++) {
					mSum[f][levels[f]] += c * g;
				}
			}
			double change = Math.abs(matched / total - prior);
			prior = matched / total;
			if (ignored != null) {
				for (int f = 0; f < fields; f++) {
					change = Math.max(change, normaliseInto(mSum[f], m[f]));
				}
			}
			if (change < 1e-8) {
				break;
			}
		}
		return prior;
	}

	/**
	 * Whether pairs with these patterns, the {@code ignored} fields aside, have at least two fields mostly known: with
	 * one, a mixture of matches and non-matches fits any share of matches (EM cannot tell them apart), so the session
	 * teaches nothing about the m of that one field.
	 */
	private static boolean identifiable(long[] patternCounts, Set<Integer> ignored) {
		int fields = Field.values().length;
		long[] known = new long[fields];
		long total = 0;
		for (int p = 0; p < patternCounts.length; p++) {
			if (patternCounts[p] > 0) {
				total += patternCounts[p];
				for (int f = 0; f < fields; f++) {
					if (Field.level(p, f) != 0) {
						known[f] += patternCounts[p];
					}
				}
			}
		}
		int informative = 0;
		for (int f = 0; f < fields; f++) {
			if (!ignored.contains(f) && 2 * known[f] >= total) {
				informative++;
			}
		}
		return informative >= 2;
	}

	private static double[] mean(double[] a, double[] b) {
		double[] mean = new double[a.length];
		Arrays.setAll(mean, i -> (a[i] + b[i]) / 2);
		return mean;
	}

	/** Comparison pattern counts to learn from, each indexed by {@link Field#pack}. */
	record Training(long[] byBirthDate, long[] byNames, long[] candidates, long[] random) {
	}

	/** For each field, the share of each level among the given pattern counts, level 0 excluded, smoothed. */
	private double[][] levelShares(long[] patternCounts) {
		double[][] shares = new double[this.m.length][];
		for (int f = 0; f < shares.length; f++) {
			shares[f] = new double[this.m[f].length];
			Arrays.fill(shares[f], 1, shares[f].length, 0.5);
		}
		for (int p = 0; p < patternCounts.length; p++) {
			if (patternCounts[p] > 0) {
				for (int f = 0; f < shares.length; f++) {
					shares[f][Field.level(p, f)] += patternCounts[p];
				}
			}
		}
		for (double[] field : shares) {
			normaliseInto(field.clone(), field);
		}
		return shares;
	}

	/** Levels 1.. of {@code sums} as proportions into {@code target}; returns the largest change. */
	private static double normaliseInto(double[] sums, double[] target) {
		double total = 0;
		for (int l = 1; l < sums.length; l++) {
			total += sums[l];
		}
		double change = 0;
		for (int l = 1; l < sums.length; l++) {
			double value = total > 0 ? Math.max(FLOOR, sums[l] / total) : target[l];
			change = Math.max(change, Math.abs(value - target[l]));
			target[l] = value;
		}
		return change;
	}

	private static double[][] copy(double[][] values) {
		double[][] out = new double[values.length][];
		for (int i = 0; i < values.length; i++) {
			out[i] = values[i].clone();
		}
		return out;
	}

	private static double log2(double x) {
		return Math.log(x) / Math.log(2);
	}

	@Override
	public String toString() {
		StringBuilder out = new StringBuilder(String.format("prior %.4f", this.prior));
		for (Field field : Field.values()) {
			out.append(String.format("%n  %-12s", field.name()));
			for (int l = 1; l < field.levelCount(); l++) {
				out.append(String.format(" %+6.2f", weight(field.ordinal(), l)));
			}
		}
		return out.toString();
	}

}
