package tandem.reporting;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A figure the partnership reports, with the words that say exactly what it counts.
 *
 * @param measure what is counted (for a rate, the numerator)
 * @param denominator for a percentage, what it is a share of; null otherwise
 * @param breakdowns the ways the figure may be split, the first being the one dashboards show
 * @param caveat what the figure does not measure, shown with the definition
 */
public record Figure(String id, String title, String definition, String calculation, Kind kind, String measure,
		@Nullable String denominator, List<Breakdown> breakdowns, String caveat) {

	public enum Kind {

		/** A number of things counted in each quarter. */
		COUNT,
		/** The measure as a share of the denominator, in each quarter. */
		PERCENT,
		/** The measure over the 12 months ending with each quarter, per 10,000 adult females in the area. */
		PER_10K_ADULT_FEMALES,
		/** The median of the measure's days (its {@link Breakdown#DAYS} counts) over the facts in each quarter. */
		MEDIAN_DAYS,
		/**
		 * How many are open at the end of the period: the measure adds one when something opens and takes one away
		 * when it closes, so the sum of every month up to the end is the number open then.
		 */
		SNAPSHOT

	}

	public Figure {
		breakdowns = List.copyOf(breakdowns);
		if ((kind == Kind.PERCENT) != (denominator != null)) {
			throw new IllegalArgumentException("A percentage, and only a percentage, has a denominator");
		}
	}

	public Breakdown primaryBreakdown() {
		return this.breakdowns.get(0);
	}

	/** Whether the cases behind it can be listed: a rate per population or a snapshot has no cases of its own. */
	public boolean listsCases() {
		return this.kind != Kind.PER_10K_ADULT_FEMALES && this.kind != Kind.SNAPSHOT;
	}

	boolean breaksDownBy(Breakdown breakdown) {
		return this.breakdowns.contains(breakdown);
	}

}
