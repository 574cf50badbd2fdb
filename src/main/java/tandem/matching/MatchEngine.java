package tandem.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Collections;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;

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
		return new MatchEngine(index, Training.estimate(index, start, samplePeople));
	}

	public MatchModel model() {
		return this.model;
	}

	/** Calls {@code consumer} for every candidate pair (a &lt; b), from several threads at once. */
	public void forEachCandidatePair(PairConsumer consumer) {
		Stamps stamps = new Stamps(this.index.size());
		IntStream.range(0, this.index.size()).parallel().forEach(i -> eachCandidate(this.index, stamps, i,
				Blocking.ALL, j -> consumer.accept(i, j, probability(this.index.compare(i, j)))));
	}

	/** A person's date of birth as year, month and day in one number, or 0 when any part is unknown. */
	int born(int person) {
		Prepared p = ((PersonIndex) this.index).person(person);
		return p.hasFullBirthDate() ? p.year * 10000 + p.month * 100 + p.day : 0;
	}

	/** Whether the twins rule keeps two people of the index apart, however alike they are otherwise. */
	boolean possibleTwins(int a, int b) {
		return this.model.twinsRule && this.index.compare(a, b).possibleTwins();
	}

	/** Why two people of the index are alike or not, as {@link Match#explanation()} says it. */
	String explain(int a, int b) {
		Comparison c = this.index.compare(a, b);
		return this.model.explain(c, this.index.extraBits(c, this.model));
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
				double p = probability(c);
				if (p >= minimumProbability) {
					found.add(new Match(people.id(j), p, this.model.explain(c, this.index.extraBits(c, this.model))));
				}
			}
		});
		found.sort(Comparator.comparingDouble(Match::probability).reversed());
		return found;
	}

	/** How alike two people are, whatever the index holds. */
	public Match compare(PersonRecord a, PersonRecord b) {
		Comparison c = Comparison.of(new Prepared(a), new Prepared(b));
		return new Match(b.id(), probability(c), this.model.explain(c, this.index.extraBits(c, this.model)));
	}

	/**
	 * Two people compared on their own, without an index: no name frequencies are known, so a shared name counts at
	 * its average weight. The twins rule applies as everywhere.
	 */
	public static Match score(MatchModel model, PersonRecord a, PersonRecord b) {
		Comparison c = Comparison.of(new Prepared(a), new Prepared(b));
		return new Match(b.id(), model.probability(c, 0), model.explain(c, 0));
	}

	/**
	 * Those of {@code candidates} who may be {@code query} with at least {@code minimumProbability}, most probable first,
	 * scored as {@link #score} scores one. The query is normalised once, and only those at or above {@code explainFrom}
	 * are explained: explaining costs a third as much as scoring, and only pairs put to a person need it.
	 */
	public static List<Ranked> ranked(MatchModel model, PersonRecord query, List<PersonRecord> candidates,
			double minimumProbability, double explainFrom) {
		Prepared q = new Prepared(query);
		List<Ranked> found = new ArrayList<>();
		for (PersonRecord candidate : candidates) {
			Comparison c = Comparison.of(q, new Prepared(candidate));
			double p = model.probability(c, 0);
			if (p >= minimumProbability) {
				found.add(new Ranked(candidate.id(), p, p >= explainFrom ? model.explain(c, 0) : null));
			}
		}
		found.sort(Comparator.comparingDouble(Ranked::probability).reversed());
		return found;
	}

	private double probability(Comparison c) {
		return this.model.probability(c, this.index.extraBits(c, this.model));
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

	/** As {@link Match}, explained only when {@link #ranked} was asked to explain one as likely. */
	public record Ranked(String id, double probability, @Nullable String explanation) {
	}
}
