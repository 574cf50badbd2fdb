package tandem.agency;

import java.util.regex.Pattern;

/** The rule for area and agency codes, the same as the database's check constraint. */
final class Codes {

	private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,39}");

	static final String RULE = "must start with a letter and use only lower-case letters, numbers and hyphens "
			+ "(2 to 40 characters)";

	private Codes() {
	}

	static boolean valid(String code) {
		return CODE.matcher(code).matches();
	}

}
