package tandem.matching;

import java.util.Arrays;

/**
 * The blocking keys of a person: only people sharing at least one key are compared. There are several, each built
 * from different fields, so that one error (a typo in the family name, a wrong year, a new address, a swapped name)
 * still leaves another key in common. Keys are 40-bit hashes; a rare collision only adds a comparison.
 */
final class Blocking {

	static final int HASH_BITS = 40;

	private Blocking() {
	}

	/**
	 * The names' codes with the year of birth: a narrower {@link #NAMES} for the look-up at referral time, which the
	 * batch need not block on, as every pair sharing it shares a {@link #NAMES} key.
	 */
	static final int NAMES_AND_YEAR = 1 << 11;

	/** The names' codes with the birthday, for the look-up at referral time; also within {@link #NAMES}. */
	static final int NAMES_AND_BIRTHDAY = 1 << 13;

	/** Family name's code, decade and birthday: narrower, for the look-up, than the batch's family name and birthday. */
	static final int FAMILY_DECADE_AND_BIRTHDAY = 1 << 12;

	/** Every kind the batch blocks on: the look-up's narrower kinds add no pair to it. */
	static final int ALL = Integer.MAX_VALUE & ~(NAMES_AND_YEAR | NAMES_AND_BIRTHDAY | FAMILY_DECADE_AND_BIRTHDAY);

	/** Kinds of key used to train the weights: candidates sharing the names' codes, and sharing the birth date. */
	static final int NAMES = 1 << 3;

	/** Given name's code, decade and birthday. */
	static final int GIVEN_AND_BIRTHDAY = 1 << 4;

	static final int BIRTH_DATE = 1 << 6;

	/** Asks {@link #keys(Prepared, int)} to keep each key's kind in its low four bits. */
	static final int KINDS_KEPT = 1 << 31;

	static long[] keys(Prepared p) {
		return keys(p, ALL);
	}

	/** The keys of the kinds in {@code kinds}, a bit set of kind numbers. */
	static long[] keys(Prepared p, int kinds) {
		long[] keys = new long[p.given.length * 13 + 1];
		String street = street(p.addressTokens);
		int n = 0;
		for (int i = 0; i < p.given.length; i++) {
			String g = p.givenCode[i];
			String f = p.familyCode[i];
			if (!f.isEmpty() && p.year > 0) {
				keys[n++] = hash(1, f, p.year);
			}
			if (!g.isEmpty() && p.year > 0 && !p.given[i].isEmpty() && !f.isEmpty()) {
				// Given name, year and family initial: survives a mistyped family name with a wrong birthday.
				keys[n++] = hash(2, g + ' ' + p.family[i].charAt(0), p.year);
			}
			if (!g.isEmpty() && !f.isEmpty()) {
				// Sorted, so that a person recorded with given and family names swapped shares this key.
				String names = g.compareTo(f) < 0 ? g + ' ' + f : f + ' ' + g;
				keys[n++] = hash(3, names, 0);
				if ((kinds & NAMES_AND_YEAR) != 0 && p.year > 0) {
					keys[n++] = hash(11, names, p.year);
				}
				if ((kinds & NAMES_AND_BIRTHDAY) != 0 && p.month > 0 && p.day > 0) {
					keys[n++] = hash(13, names, birthday(p));
				}
			}
			if (!g.isEmpty() && p.month > 0 && p.day > 0) {
				// Birthday and decade without the year: survives a changed family name together with a wrong year.
				keys[n++] = hash(4, g, p.year / 10 * 10000 + birthday(p));
			}
			if (!f.isEmpty() && p.month > 0 && p.day > 0) {
				keys[n++] = hash(7, f, birthday(p));
				if ((kinds & FAMILY_DECADE_AND_BIRTHDAY) != 0) {
					keys[n++] = hash(12, f, p.year / 10 * 10000 + birthday(p));
				}
			}
			if (!street.isEmpty() && !f.isEmpty()) {
				// Same street and family name: survives a replaced given name together with a wrong birth date.
				keys[n++] = hash(10, street + ' ' + f, 0);
			}
			if (!street.isEmpty() && !p.given[i].isEmpty()) {
				// Same street and initial: survives a changed family name together with an unknown date of birth.
				keys[n++] = hash(8, street + ' ' + p.given[i].charAt(0), 0);
			}
			if (!p.postcode.isEmpty() && !p.given[i].isEmpty()) {
				keys[n++] = hash(5, p.postcode + ' ' + p.given[i].charAt(0), 0);
			}
		}
		if (p.hasFullBirthDate()) {
			// Day and month sorted: a transposed date of birth keeps its key.
			keys[n++] = hash(6, "", sortedDate(p));
		}
		if (!p.email.isEmpty()) {
			keys[n++] = hash(9, p.email, 0);
		}
		boolean keepKinds = (kinds & KINDS_KEPT) != 0;
		// A loop rather than a stream: keys are made for every person three times in a batch, and the arrays are short.
		int kept = 0;
		for (int k = 0; k < n; k++) {
			if ((kinds & 1 << (int) (keys[k] & 15)) != 0) {
				keys[kept++] = keepKinds ? keys[k] : keys[k] >>> 4;
			}
		}
		Arrays.sort(keys, 0, kept);
		int distinct = 0;
		for (int k = 0; k < kept; k++) {
			if (distinct == 0 || keys[k] != keys[distinct - 1]) {
				keys[distinct++] = keys[k];
			}
		}
		return Arrays.copyOf(keys, distinct);
	}

	/** The date of birth as a number, day and month sorted, so that a transposed date keeps its keys. */
	private static int sortedDate(Prepared p) {
		return p.year * 10000 + birthday(p);
	}

	/** Day and month as a number, sorted, so that a transposed date keeps its keys. */
	private static int birthday(Prepared p) {
		return Math.min(p.month, p.day) * 100 + Math.max(p.month, p.day);
	}

	/** The first word of the address that is not a number: usually the street's name. */
	private static String street(String[] tokens) {
		for (String token : tokens) {
			if (token.length() >= 3 && Character.isLetter(token.charAt(0))) {
				return token;
			}
		}
		return "";
	}

	/** The key's hash with its kind in the low four bits, which {@link #keys(Prepared, int)} filters and drops. */
	private static long hash(int kind, String text, int number) {
		long h = kind * 0x9E3779B97F4A7C15L + number;
		for (int i = 0; i < text.length(); i++) {
			h = (h ^ text.charAt(i)) * 0x100000001B3L;
		}
		h ^= h >>> 33;
		h *= 0xff51afd7ed558ccdL;
		h ^= h >>> 33;
		h *= 0xc4ceb9fe1a85ec53L;
		h ^= h >>> 33;
		return (h >>> (64 - HASH_BITS)) << 4 | kind;
	}

}
