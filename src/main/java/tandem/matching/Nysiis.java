package tandem.matching;

/**
 * The NYSIIS phonetic code (New York State Identification and Intelligence System, Taft 1970), used as a blocking
 * key: names that sound alike (Catherine, Kathryn) share it. Input is {@link Text#normalise normalised} text.
 */
final class Nysiis {

	private Nysiis() {
	}

	static String encode(String normalised) {
		String word = Text.squash(normalised);
		if (word.isEmpty()) {
			return "";
		}
		word = replacePrefix(word);
		word = replaceSuffix(word);
		StringBuilder key = new StringBuilder().append(word.charAt(0));
		char[] chars = word.toCharArray();
		for (int i = 1; i < chars.length; i++) {
			String piece = translate(chars, i);
			for (int p = 0; p < piece.length(); p++) {
				chars[i + p] = piece.charAt(p);
			}
			char c = chars[i];
			if (key.charAt(key.length() - 1) != c) {
				key.append(c);
			}
			i += piece.length() - 1;
		}
		trimEnd(key);
		return key.length() > 6 ? key.substring(0, 6) : key.toString();
	}

	private static String replacePrefix(String word) {
		if (word.startsWith("mac")) {
			return "mcc" + word.substring(3);
		}
		if (word.startsWith("kn")) {
			return "nn" + word.substring(2);
		}
		if (word.startsWith("k")) {
			return "c" + word.substring(1);
		}
		if (word.startsWith("ph") || word.startsWith("pf")) {
			return "ff" + word.substring(2);
		}
		if (word.startsWith("sch")) {
			return "sss" + word.substring(3);
		}
		return word;
	}

	private static String replaceSuffix(String word) {
		if (word.endsWith("ee") || word.endsWith("ie")) {
			return word.substring(0, word.length() - 2) + "y";
		}
		for (String end : new String[] { "dt", "rt", "rd", "nt", "nd" }) {
			if (word.endsWith(end)) {
				return word.substring(0, word.length() - 2) + "d";
			}
		}
		return word;
	}

	/** The replacement for the letters at {@code i}; its length is how many letters it replaces. */
	private static String translate(char[] w, int i) {
		char c = w[i];
		if (c == 'e' && i + 1 < w.length && w[i + 1] == 'v') {
			return "af";
		}
		if (isVowel(c)) {
			return "a";
		}
		if (c == 'q') {
			return "g";
		}
		if (c == 'z') {
			return "s";
		}
		if (c == 'm') {
			return "n";
		}
		if (c == 'k') {
			return i + 1 < w.length && w[i + 1] == 'n' ? "n" : "c";
		}
		if (c == 's' && i + 2 < w.length && w[i + 1] == 'c' && w[i + 2] == 'h') {
			return "sss";
		}
		if (c == 'p' && i + 1 < w.length && w[i + 1] == 'h') {
			return "ff";
		}
		if (c == 'h' && (!isVowel(w[i - 1]) || (i + 1 < w.length && !isVowel(w[i + 1])))) {
			return String.valueOf(w[i - 1]);
		}
		if (c == 'w' && isVowel(w[i - 1])) {
			return String.valueOf(w[i - 1]);
		}
		return String.valueOf(c);
	}

	private static void trimEnd(StringBuilder key) {
		int last = key.length() - 1;
		if (last > 0 && key.charAt(last) == 's') {
			key.setLength(last--);
		}
		if (last > 0 && key.charAt(last - 1) == 'a' && key.charAt(last) == 'y') {
			key.replace(last - 1, last + 1, "y");
			last--;
		}
		if (last > 0 && key.charAt(last) == 'a') {
			key.setLength(last);
		}
	}

	private static boolean isVowel(char c) {
		return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
	}

}
