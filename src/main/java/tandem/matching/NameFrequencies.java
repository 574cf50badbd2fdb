package tandem.matching;

import java.util.HashMap;
import java.util.Map;

/**
 * How often each given and family name occurs in an index. Agreeing on a common name (Smith, John) is weaker evidence
 * than agreeing on a rare one; the weight of "identical" is adjusted by log2(u / frequency), as term-frequency
 * adjustments do, and bounded so that one name never decides alone.
 */
final class NameFrequencies {

	private static final double BOUND = 6;

	private final Map<String, Integer> given = new HashMap<>();

	private final Map<String, Integer> family = new HashMap<>();

	private final double people;

	NameFrequencies(Prepared[] prepared) {
		for (Prepared p : prepared) {
			for (String name : p.given) {
				this.given.merge(name, 1, Integer::sum);
			}
			for (String name : p.family) {
				this.family.merge(name, 1, Integer::sum);
			}
		}
		this.people = Math.max(1, prepared.length);
	}

	/** Bits to add to the weight of {@code comparison}, given the model's average u for an identical name. */
	double adjustment(Comparison comparison, MatchModel model) {
		return adjust(comparison.sameGiven, this.given, model.u[Field.GIVEN_NAME.ordinal()][1])
				+ adjust(comparison.sameFamily, this.family, model.u[Field.FAMILY_NAME.ordinal()][1]);
	}

	private double adjust(String name, Map<String, Integer> counts, double averageU) {
		if (name == null) {
			return 0;
		}
		double frequency = Math.max(1, counts.getOrDefault(name, 1)) / this.people;
		double bits = Math.log(averageU / frequency) / Math.log(2);
		return Math.max(-BOUND, Math.min(BOUND, bits));
	}

}
