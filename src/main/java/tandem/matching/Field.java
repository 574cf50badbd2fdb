package tandem.matching;

import java.util.List;

/**
 * The fields the engine compares and, for each, its comparison levels in order from best agreement to disagreement.
 * Level 0 is always "not known on one side": it carries no weight either way. The texts make the explanations.
 */
enum Field {

	GIVEN_NAME("given name", List.of("identical", "a known variant", "differs by a letter or two", "similar or an initial",
			"different")),
	FAMILY_NAME("family name", List.of("identical", "differs by a letter or two", "similar", "different")),
	BIRTH_DATE("date of birth", List.of("identical", "identical with day and month swapped", "differs by one digit",
			"within a year", "different")),
	SEX("sex", List.of("identical", "different")),
	POSTCODE("postcode", List.of("identical", "same district or one character different", "different")),
	ADDRESS("address", List.of("mostly the same words", "some words in common", "different")),
	EMAIL("e-mail", List.of("identical", "similar", "different"));

	private final String label;

	private final List<String> levels;

	Field(String label, List<String> levels) {
		this.label = label;
		this.levels = levels;
	}

	/** Number of levels including 0, "not known". */
	int levelCount() {
		return this.levels.size() + 1;
	}

	String describe(int level) {
		return level == 0 ? this.label + " not known on one side" : this.label + " " + this.levels.get(level - 1);
	}

	/** The fields' levels packed into one int (mixed radix), so EM can count comparison patterns in a small array. */
	static int pack(byte[] levels) {
		int code = 0;
		for (int f = levels.length - 1; f >= 0; f--) {
			code = code * FIELDS[f].levelCount() + levels[f];
		}
		return code;
	}

	static int level(int pattern, int field) {
		return pattern / RADIX[field] % FIELDS[field].levelCount();
	}

	private static final Field[] FIELDS = values();

	private static final int[] RADIX = new int[FIELDS.length];

	static final int PATTERNS;

	static {
		int radix = 1;
		for (Field field : FIELDS) {
			RADIX[field.ordinal()] = radix;
			radix *= field.levelCount();
		}
		PATTERNS = radix;
	}

}
