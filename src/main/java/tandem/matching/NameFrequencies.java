package tandem.matching;

import java.util.HashMap;
import java.util.Map;

/**
 * How often each given and family name occurs in an index. Agreeing on a common name (Smith, John) is weaker evidence
 * than agreeing on a rare one; the weight of "identical" is adjusted by log2(u / frequency), as term-frequency
 * adjustments do, and bounded so that one name never decides alone. A name that differs by a letter or two is
 * never stronger evidence than the same name written identically: Mueller and Muellr are as common as Mueller is.
 */
final class NameFrequencies {

	private static final double BOUND = 6;

	/** The level of each name field meaning "differs by a letter or two" (see {@link Field}). */
	private static final int GIVEN_TYPO = 3;

	private static final int FAMILY_TYPO = 2;

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
		return adjust(comparison, model, Field.GIVEN_NAME, GIVEN_TYPO, comparison.givenA, comparison.givenB, this.given)
				+ adjust(comparison, model, Field.FAMILY_NAME, FAMILY_TYPO, comparison.familyA, comparison.familyB,
						this.family);
	}

	/**
	 * Identical: the name's own adjustment. A letter or two apart: at most the weight of the more common of the two
	 * written identically, so that a typing error in a common name does not escape what the name's frequency says
	 * (EM learns a high weight for the level because random pairs rarely show it, whatever the name).
	 */
	private double adjust(Comparison comparison, MatchModel model, Field field, int typoLevel, String a, String b,
			Map<String, Integer> counts) {
		int f = field.ordinal();
		int level = comparison.levels[f];
		if (level == 1) {
			return bits(a, counts, model.u[f][1]);
		}
		if (level == typoLevel) {
			double identical = model.weight(f, 1) + Math.min(bits(a, counts, model.u[f][1]), bits(b, counts, model.u[f][1]));
			return Math.min(0, identical - model.weight(f, typoLevel));
		}
		return 0;
	}

	private double bits(String name, Map<String, Integer> counts, double averageU) {
		double frequency = Math.max(1, counts.getOrDefault(name, 1)) / this.people;
		double bits = Math.log(averageU / frequency) / Math.log(2);
		return Math.max(-BOUND, Math.min(BOUND, bits));
	}

}
