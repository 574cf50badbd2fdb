package tandem.matching;

import java.text.Normalizer;

import com.ibm.icu.text.Transliterator;

/**
 * Normalises names and addresses for comparison: lower case, no diacritics, no punctuation, single spaces. Names in
 * non-Latin scripts are transliterated to Latin (ICU "Any-Latin; Latin-ASCII"), deliberately, because the same person
 * is written in Cyrillic by one agency and in Latin letters by another; comparing in-script would never link them.
 */
final class Text {

	// ICU transliterators are not documented as thread-safe; one per thread keeps batch runs parallel.
	private static final ThreadLocal<Transliterator> TO_ASCII = ThreadLocal
		.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

	private Text() {
	}

	/** Lower-case ASCII letters, digits and single spaces; empty for null or blank. */
	static String normalise(String value) {
		if (value == null) {
			return "";
		}
		String text = value;
		if (!isAscii(text)) {
			text = Normalizer.normalize(TO_ASCII.get().transliterate(text), Normalizer.Form.NFKD);
		}
		StringBuilder out = new StringBuilder(text.length());
		boolean space = false;
		for (int i = 0; i < text.length(); i++) {
			char c = Character.toLowerCase(text.charAt(i));
			if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
				if (space && out.length() > 0) {
					out.append(' ');
				}
				out.append(c);
				space = false;
			}
			else if (c != '\'' && c != '\u2019') {
				// Apostrophes join (O'Brien is obrien); everything else separates words.
				space = true;
			}
		}
		return out.toString();
	}

	/** Letters only, without spaces: double-barrelled and spaced names compare as one word. */
	static String squash(String normalised) {
		return normalised.replace(" ", "");
	}

	private static boolean isAscii(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) > 127) {
				return false;
			}
		}
		return true;
	}

}
