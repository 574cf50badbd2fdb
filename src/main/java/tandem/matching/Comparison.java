package tandem.matching;

/**
 * Compares two prepared people field by field, giving one level per {@link Field}. Names are compared across every
 * name each holds (aliases too) and also with given and family names swapped; the best agreement counts.
 */
final class Comparison {

	private static final NameVariants VARIANTS = NameVariants.standard();

	final byte[] levels = new byte[Field.values().length];

	boolean swapped;

	/**
	 * The given names whose comparison gave the given name's level, one from each side (after a swap, the family name
	 * read as given): how common they are adjusts the weight ({@link NameFrequencies}).
	 */
	String givenA;

	String givenB;

	String familyA;

	String familyB;

	/** The highest log-odds (bits) a pair that {@link #possibleTwins()} may have: a probability under 1 in 10^6. */
	static final double TWINS_LOG_ODDS = -20;

	/**
	 * Whether the field is known on at least one side, so that "not known" is worth saying in an explanation (a field
	 * no agency ever records, like e-mail here, is not).
	 */
	final boolean[] known = new boolean[Field.values().length];

	/**
	 * The same date of birth and family name but a different given name (not a variant, not a typo): twins or
	 * siblings sharing a birthday, not one person. Agreeing addresses make them more alike, not the same, so this
	 * overrides the sum of the weights.
	 */
	boolean possibleTwins() {
		return this.levels[Field.GIVEN_NAME.ordinal()] == 5 && this.levels[Field.BIRTH_DATE.ordinal()] == 1
				&& this.levels[Field.FAMILY_NAME.ordinal()] >= 1 && this.levels[Field.FAMILY_NAME.ordinal()] <= 2;
	}

	static Comparison of(Prepared a, Prepared b) {
		Comparison c = new Comparison();
		c.compareNames(a, b);
		c.levels[Field.BIRTH_DATE.ordinal()] = birthDate(a, b);
		c.levels[Field.SEX.ordinal()] = (byte) (a.sex == 0 || b.sex == 0 ? 0 : a.sex == b.sex ? 1 : 2);
		c.levels[Field.POSTCODE.ordinal()] = postcode(a, b);
		c.levels[Field.ADDRESS.ordinal()] = address(a.addressTokens, b.addressTokens);
		c.levels[Field.EMAIL.ordinal()] = email(a.email, b.email);
		c.known[Field.GIVEN_NAME.ordinal()] = true;
		c.known[Field.FAMILY_NAME.ordinal()] = true;
		c.known[Field.BIRTH_DATE.ordinal()] = a.year > 0 || b.year > 0;
		c.known[Field.SEX.ordinal()] = a.sex != 0 || b.sex != 0;
		c.known[Field.POSTCODE.ordinal()] = !a.postcode.isEmpty() || !b.postcode.isEmpty();
		c.known[Field.ADDRESS.ordinal()] = a.addressTokens.length > 0 || b.addressTokens.length > 0;
		c.known[Field.EMAIL.ordinal()] = !a.email.isEmpty() || !b.email.isEmpty();
		return c;
	}

	private void compareNames(Prepared a, Prepared b) {
		int bestScore = -1;
		for (int i = 0; i < a.given.length; i++) {
			for (int j = 0; j < b.given.length; j++) {
				int g = given(a.given[i], b.given[j]);
				int f = family(a.family[i], b.family[j]);
				int score = quality(g, 5) + quality(f, 4);
				if (score > bestScore) {
					bestScore = score;
					set(g, f, false);
					names(a.given[i], b.given[j], a.family[i], b.family[j]);
				}
				// A swap counts only when it explains both names, and must do strictly better than reading them straight;
				// the given name is compared only when the family name already fits, as it seldom does.
				int fs = family(a.family[i], b.given[j]);
				int gs = fs > 0 && fs <= 2 ? given(a.given[i], b.family[j]) : 0;
				int swappedScore = quality(gs, 5) + quality(fs, 4) - 1;
				if (gs > 0 && gs <= 3 && swappedScore > bestScore) {
					bestScore = swappedScore;
					set(gs, fs, true);
					names(a.given[i], b.family[j], a.family[i], b.given[j]);
				}
			}
		}
	}

	void set(int given, int family, boolean swap) {
		this.levels[Field.GIVEN_NAME.ordinal()] = (byte) given;
		this.levels[Field.FAMILY_NAME.ordinal()] = (byte) family;
		this.swapped = swap;
	}

	private void names(String givenA, String givenB, String familyA, String familyB) {
		this.givenA = givenA;
		this.givenB = givenB;
		this.familyA = familyA;
		this.familyB = familyB;
	}

	/** 0 for unknown, otherwise higher is better; levels run from best (1) to worst (last). */
	private static int quality(int level, int last) {
		return level == 0 ? 1 : 2 * (last - level + 1);
	}

	static int given(String a, String b) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		if (a.equals(b)) {
			return 1;
		}
		if (digitsDiffer(a, b)) {
			return 5;
		}
		if (VARIANTS.areVariants(a, b)) {
			return 2;
		}
		if (a.length() == 1 || b.length() == 1) {
			return a.charAt(0) == b.charAt(0) ? 4 : 5;
		}
		if (swappedNeighbours(a, b)) {
			return 3;
		}
		double jw = JaroWinkler.similarityFrom(a, b, 0.8);
		return jw >= 0.92 ? 3 : jw >= 0.8 ? 4 : 5;
	}

	static int family(String a, String b) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		if (a.equals(b)) {
			return 1;
		}
		if (digitsDiffer(a, b)) {
			return 4;
		}
		if (swappedNeighbours(a, b)) {
			return 2;
		}
		double jw = JaroWinkler.similarityFrom(a, b, 0.8);
		return jw >= 0.92 ? 2 : jw >= 0.8 ? 3 : 4;
	}

	/**
	 * Two neighbouring letters typed the wrong way round ("Amy" as "Aym"), the commonest typo. Jaro-Winkler sees it in
	 * a long name but not in a short one, whose match window is too narrow to pair the swapped letters, and a short
	 * name that seems wholly different would bring in the twins rule.
	 */
	private static boolean swappedNeighbours(String a, String b) {
		if (a.length() != b.length()) {
			return false;
		}
		int i = 0;
		while (i < a.length() && a.charAt(i) == b.charAt(i)) {
			i++;
		}
		return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
				&& a.regionMatches(i + 2, b, i + 2, a.length() - i - 2);
	}

	/**
	 * Names hold no digits; where a system puts some in (a reference in the name field, a numbered test person) they
	 * identify, so names whose digits differ are different names however alike their letters.
	 */
	private static boolean digitsDiffer(String a, String b) {
		// Walks both names' digits in step, allocating nothing: it runs for every pair of names not identical.
		int i = nextDigit(a, 0);
		int j = nextDigit(b, 0);
		while (i < a.length() && j < b.length()) {
			if (a.charAt(i) != b.charAt(j)) {
				return true;
			}
			i = nextDigit(a, i + 1);
			j = nextDigit(b, j + 1);
		}
		return i < a.length() || j < b.length();
	}

	private static int nextDigit(String name, int from) {
		int i = from;
		while (i < name.length() && !Character.isDigit(name.charAt(i))) {
			i++;
		}
		return i;
	}

	private static byte birthDate(Prepared a, Prepared b) {
		if (a.year == 0 || b.year == 0) {
			return 0;
		}
		if (!a.hasFullBirthDate() || !b.hasFullBirthDate()) {
			return (byte) (a.year == b.year ? 4 : 5);
		}
		if (a.year == b.year && a.month == b.month && a.day == b.day) {
			return 1;
		}
		if (a.year == b.year && a.month == b.day && a.day == b.month) {
			return 2;
		}
		int digits = differingDigits(a.year, b.year, 4) + differingDigits(a.month, b.month, 2)
				+ differingDigits(a.day, b.day, 2);
		if (digits == 1) {
			return 3;
		}
		int days = Math.abs((a.year - b.year) * 365 + (a.month - b.month) * 30 + (a.day - b.day));
		return (byte) (days <= 365 ? 4 : 5);
	}

	private static int differingDigits(int x, int y, int width) {
		int count = 0;
		for (int i = 0; i < width; i++) {
			if (x % 10 != y % 10) {
				count++;
			}
			x /= 10;
			y /= 10;
		}
		return count;
	}

	private static byte postcode(Prepared a, Prepared b) {
		if (a.postcode.isEmpty() || b.postcode.isEmpty()) {
			return 0;
		}
		if (a.postcode.equals(b.postcode)) {
			return 1;
		}
		if (a.district.equals(b.district) || oneCharacterApart(a.postcode, b.postcode)) {
			return 2;
		}
		return 3;
	}

	private static boolean oneCharacterApart(String a, String b) {
		if (a.length() != b.length()) {
			return false;
		}
		int differences = 0;
		for (int i = 0; i < a.length() && differences < 2; i++) {
			if (a.charAt(i) != b.charAt(i)) {
				differences++;
			}
		}
		return differences == 1;
	}

	/** Words in common, allowing a typo in each word (Jaro-Winkler 0.9), as a Dice coefficient over the word sets. */
	private static byte address(String[] a, String[] b) {
		if (a.length == 0 || b.length == 0) {
			return 0;
		}
		int common = 0;
		for (String x : a) {
			for (String y : b) {
				// Words of very different lengths cannot reach 0.9: skip the comparison.
				if (x.equals(y) || (x.length() > 3 && Math.abs(x.length() - y.length()) <= 2
						&& JaroWinkler.atLeast(x, y, 0.9))) {
					common++;
					break;
				}
			}
		}
		double dice = 2.0 * common / (a.length + b.length);
		return (byte) (dice >= 0.75 ? 1 : dice >= 0.4 ? 2 : 3);
	}

	private static byte email(String a, String b) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		if (a.equals(b)) {
			return 1;
		}
		return (byte) (JaroWinkler.atLeast(a, b, 0.9) ? 2 : 3);
	}

}
