package tandem.matching;

/**
 * Field levels from the Dice similarity of two people's Bloom filters, on the same scale as the plain-text
 * {@link Comparison}, so the same EM and weights apply. Name variants and day-month swaps cannot be seen through an
 * encoding; those levels stay unused.
 */
final class BloomComparison {

	private BloomComparison() {
	}

	static Comparison of(EncodedPerson a, EncodedPerson b) {
		Comparison c = new Comparison();
		int best = -1;
		for (int i = 0; i < a.given().length; i++) {
			for (int j = 0; j < b.given().length; j++) {
				int g = given(a.given()[i], b.given()[j]);
				int f = family(a.family()[i], b.family()[j]);
				int score = (g == 0 ? 1 : 12 - 2 * g) + (f == 0 ? 1 : 10 - 2 * f);
				if (score > best) {
					best = score;
					c.set(g, f, false);
				}
				int gs = given(a.given()[i], b.family()[j]);
				int fs = family(a.family()[i], b.given()[j]);
				int swapped = (gs == 0 ? 1 : 12 - 2 * gs) + (fs == 0 ? 1 : 10 - 2 * fs) - 1;
				if (gs > 0 && fs > 0 && gs <= 3 && fs <= 2 && swapped > best) {
					best = swapped;
					c.set(gs, fs, true);
				}
			}
		}
		c.levels[Field.BIRTH_DATE.ordinal()] = level(a.birthDate(), b.birthDate(), 1, 0, 0.85, 3, 0.5, 4, 5);
		c.levels[Field.SEX.ordinal()] = level(a.sex(), b.sex(), 1, 0, 0, 2, 0, 2, 2);
		c.levels[Field.POSTCODE.ordinal()] = level(a.postcode(), b.postcode(), 1, 0, 0.6, 2, 0, 3, 3);
		c.levels[Field.ADDRESS.ordinal()] = level(a.address(), b.address(), 1, 0.75, 0.4, 2, 0, 3, 3);
		c.levels[Field.EMAIL.ordinal()] = level(a.email(), b.email(), 1, 0, 0.8, 2, 0, 3, 3);
		return c;
	}

	private static int given(long[] a, long[] b) {
		return level(a, b, 1, 0, 0.8, 3, 0.6, 4, 5);
	}

	private static int family(long[] a, long[] b) {
		return level(a, b, 1, 0, 0.8, 2, 0.6, 3, 4);
	}

	/**
	 * 0 when either filter is empty; {@code identical} when Dice is 1 or reaches {@code identicalAt} (if above 0);
	 * else {@code close} from {@code closeAt}, {@code similar} from {@code similarAt}, otherwise {@code different}.
	 */
	private static byte level(long[] a, long[] b, int identical, double identicalAt, double closeAt, int close,
			double similarAt, int similar, int different) {
		if (BloomEncoder.isEmpty(a) || BloomEncoder.isEmpty(b)) {
			return 0;
		}
		double dice = BloomEncoder.dice(a, b);
		if (dice >= 0.9999 || (identicalAt > 0 && dice >= identicalAt)) {
			return (byte) identical;
		}
		if (closeAt > 0 && dice >= closeAt) {
			return (byte) close;
		}
		if (similarAt > 0 && dice >= similarAt) {
			return (byte) similar;
		}
		return (byte) different;
	}

}
