package tandem.matching;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A {@link PersonRecord} normalised once, so that comparing it with many candidates repeats no text work. */
final class Prepared {

	private static final String[] NO_TOKENS = {};

	final String[] given;

	final String[] family;

	/** NYSIIS of each given name, index by index with {@link #given}. */
	final String[] givenCode;

	final String[] familyCode;

	/** 0 when unknown. */
	final int year;

	final int month;

	final int day;

	/** 0 unknown, otherwise the first letter of the normalised sex. */
	final char sex;

	final String[] addressTokens;

	final String postcode;

	final String district;

	final String email;

	Prepared(PersonRecord record) {
		// Loops rather than streams: a referral prepares every candidate it is compared with, tens of them each time.
		int n = record.names().size();
		this.given = new String[n];
		this.family = new String[n];
		this.givenCode = new String[n];
		this.familyCode = new String[n];
		for (int i = 0; i < n; i++) {
			this.given[i] = Text.squash(Text.normalise(record.names().get(i).given()));
			this.family[i] = Text.squash(Text.normalise(record.names().get(i).family()));
			this.givenCode[i] = Nysiis.encode(this.given[i]);
			this.familyCode[i] = Nysiis.encode(this.family[i]);
		}
		this.year = part(record.birthYear(), 1, 9999);
		this.month = part(record.birthMonth(), 1, 12);
		this.day = part(record.birthDay(), 1, 31);
		String s = Text.normalise(record.sex());
		this.sex = s.isEmpty() ? 0 : s.charAt(0);
		this.addressTokens = tokens(Text.normalise(record.address()));
		this.postcode = Text.squash(Text.normalise(record.postcode()));
		this.district = district(Text.normalise(record.postcode()));
		this.email = Text.normalise(record.email() == null ? null : record.email().replace('@', ' '));
	}

	/**
	 * Replaces each name and name code with the equal string already in {@code shared}, adding those not yet there: a
	 * batch run holds millions of people but few distinct names, so they are kept once.
	 */
	void shareNames(Map<String, String> shared) {
		for (String[] names : List.of(this.given, this.family, this.givenCode, this.familyCode)) {
			for (int i = 0; i < names.length; i++) {
				names[i] = shared.computeIfAbsent(names[i], name -> name);
			}
		}
	}

	/** The address's distinct words in order; none for a record without an address, as most candidates are. */
	private static String[] tokens(String address) {
		if (address.isEmpty()) {
			return NO_TOKENS;
		}
		Set<String> tokens = new LinkedHashSet<>(Arrays.asList(address.split(" ")));
		tokens.remove("");
		return tokens.toArray(NO_TOKENS);
	}

	boolean hasFullBirthDate() {
		return this.year > 0 && this.month > 0 && this.day > 0;
	}

	/** The outward code of a UK postcode (SW1A of SW1A 1AA); for other schemes, all but the last character. */
	private static String district(String postcode) {
		int space = postcode.indexOf(' ');
		if (space > 0) {
			return postcode.substring(0, space);
		}
		String squashed = Text.squash(postcode);
		if (squashed.length() >= 5 && Character.isLetter(squashed.charAt(0))) {
			return squashed.substring(0, squashed.length() - 3);
		}
		return squashed.length() > 1 ? squashed.substring(0, squashed.length() - 1) : squashed;
	}

	private static int part(Integer value, int min, int max) {
		return value == null || value < min || value > max ? 0 : value;
	}

}
