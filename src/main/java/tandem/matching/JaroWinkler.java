package tandem.matching;

/**
 * Jaro-Winkler similarity (0 to 1), the usual comparator for short names with typing errors. Matched characters are
 * tracked in two long bit masks, so the comparison allocates nothing: it runs billions of times in a batch.
 */
final class JaroWinkler {

	private JaroWinkler() {
	}

	/**
	 * Whether the similarity reaches {@code threshold}, as {@code similarity(a, b) >= threshold} says, but without the
	 * full comparison when a bound shows it cannot: most words and e-mail addresses compared are far apart.
	 */
	static boolean atLeast(String a, String b, double threshold) {
		return similarityFrom(a, b, threshold) >= threshold;
	}

	/** The similarity when it may reach {@code floor}; 0 when the bound shows it cannot. */
	static double similarityFrom(String a, String b, double floor) {
		return upperBound(a, b) >= floor - 1e-9 ? similarity(a, b) : 0;
	}

	/**
	 * At most this similar: no more characters of one can be matched than occur anywhere in the other, and the prefix
	 * bonus is at most four letters' worth. Characters outside ASCII are counted as present, which only loosens it.
	 */
	static double upperBound(String a, String b) {
		int la = Math.min(64, a.length());
		int lb = Math.min(64, b.length());
		if (la == 0 || lb == 0) {
			return 0;
		}
		// Which ASCII characters each holds, in two 64-bit halves: no array, so nothing is allocated.
		int matches = Math.min(countIn(a, la, present(b, lb, 0), present(b, lb, 64)),
				countIn(b, lb, present(a, la, 0), present(a, la, 64)));
		double jaro = ((double) matches / la + (double) matches / lb + 1) / 3;
		return jaro + 0.4 * (1 - jaro);
	}

	/** Which of the 64 characters from {@code from} on the word's first {@code length} hold, one bit each. */
	private static long present(String word, int length, int from) {
		long bits = 0;
		for (int i = 0; i < length; i++) {
			int c = word.charAt(i) - from;
			bits |= c >= 0 && c < 64 ? 1L << c : 0;
		}
		return bits;
	}

	private static int countIn(String word, int length, long low, long high) {
		int count = 0;
		for (int i = 0; i < length; i++) {
			char c = word.charAt(i);
			if (c >= 128 || (c < 64 ? low >>> c : high >>> (c - 64)) % 2 != 0) {
				count++;
			}
		}
		return count;
	}

	static double similarity(String a, String b) {
		if (a.equals(b)) {
			return a.isEmpty() ? 0 : 1;
		}
		// Words longer than 64 letters are compared on their first 64: no name or address word is that long.
		int la = Math.min(64, a.length());
		int lb = Math.min(64, b.length());
		if (la == 0 || lb == 0) {
			return 0;
		}
		int window = Math.max(0, Math.max(la, lb) / 2 - 1);
		long matchedA = 0;
		long matchedB = 0;
		int matches = 0;
		for (int i = 0; i < la; i++) {
			int from = Math.max(0, i - window);
			int to = Math.min(lb - 1, i + window);
			char c = a.charAt(i);
			for (int j = from; j <= to; j++) {
				if ((matchedB & 1L << j) == 0 && c == b.charAt(j)) {
					matchedA |= 1L << i;
					matchedB |= 1L << j;
					matches++;
					break;
				}
			}
		}
		if (matches == 0) {
			return 0;
		}
		int transpositions = 0;
		long restB = matchedB;
		for (long restA = matchedA; restA != 0; restA &= restA - 1) {
			int i = Long.numberOfTrailingZeros(restA);
			int k = Long.numberOfTrailingZeros(restB);
			restB &= restB - 1;
			if (a.charAt(i) != b.charAt(k)) {
				transpositions++;
			}
		}
		double m = matches;
		double jaro = (m / la + m / lb + (m - transpositions / 2.0) / m) / 3;
		int prefix = 0;
		while (prefix < Math.min(4, Math.min(la, lb)) && a.charAt(prefix) == b.charAt(prefix)) {
			prefix++;
		}
		return jaro + prefix * 0.1 * (1 - jaro);
	}

}
