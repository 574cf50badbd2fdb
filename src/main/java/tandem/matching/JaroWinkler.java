package tandem.matching;

/** Jaro-Winkler similarity (0 to 1), the usual comparator for short names with typing errors. */
final class JaroWinkler {

	private JaroWinkler() {
	}

	static double similarity(String a, String b) {
		if (a.equals(b)) {
			return a.isEmpty() ? 0 : 1;
		}
		int la = a.length();
		int lb = b.length();
		if (la == 0 || lb == 0) {
			return 0;
		}
		int window = Math.max(0, Math.max(la, lb) / 2 - 1);
		boolean[] matchedA = new boolean[la];
		boolean[] matchedB = new boolean[lb];
		int matches = 0;
		for (int i = 0; i < la; i++) {
			int from = Math.max(0, i - window);
			int to = Math.min(lb - 1, i + window);
			for (int j = from; j <= to; j++) {
				if (!matchedB[j] && a.charAt(i) == b.charAt(j)) {
					matchedA[i] = true;
					matchedB[j] = true;
					matches++;
					break;
				}
			}
		}
		if (matches == 0) {
			return 0;
		}
		int transpositions = 0;
		int k = 0;
		for (int i = 0; i < la; i++) {
			if (matchedA[i]) {
				while (!matchedB[k]) {
					k++;
				}
				if (a.charAt(i) != b.charAt(k)) {
					transpositions++;
				}
				k++;
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
