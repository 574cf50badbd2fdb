package tandem.agency;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** What makes a username, a user's details and a password acceptable. Plain rules, unit-tested without Spring. */
final class UserRules {

	static final int PASSWORD_MIN = 12;

	/** Argon2 hashes any length, but a megabyte-long "password" is a cheap way to make the server work hard. */
	static final int PASSWORD_MAX = 128;

	static final int NAME_MAX = 100;

	private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{3,64}");

	/** Deliberately loose: something@something.something, no spaces; whether it arrives is another matter. */
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private UserRules() {
	}

	static void username(FormErrors errors, String username) {
		errors.check("username", !username.isEmpty(), "Enter a username")
			.check("username", USERNAME.matcher(username).matches(),
					"The username must be 3 to 64 characters: letters, numbers, full stops, hyphens, underscores and @");
	}

	static void details(FormErrors errors, String displayName, String email, String agency, List<String> roles) {
		errors.check("displayName", !displayName.isEmpty(), "Enter the user’s name")
			.check("displayName", displayName.length() <= NAME_MAX, "The name must be " + NAME_MAX + " characters or fewer")
			.check("email", email.isEmpty() || (email.length() <= 254 && EMAIL.matcher(email).matches()),
					"Enter an email address in the correct format, like name@example.com")
			.check("agency", Input.id(agency).isPresent(), "Select the user’s agency")
			.check("roles", !roles.isEmpty() && roles.stream().allMatch(UserRules::isRole), "Select at least one role");
	}

	static void password(FormErrors errors, String password) {
		errors.check("password", !password.isEmpty(), "Enter a password")
			.check("password", password.length() >= PASSWORD_MIN,
					"The password must be at least " + PASSWORD_MIN + " characters")
			.check("password", password.length() <= PASSWORD_MAX,
					"The password must be " + PASSWORD_MAX + " characters or fewer");
	}

	/** The roles named; call only once {@link #details} found them all valid. */
	static Set<Role> roles(List<String> names) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		names.forEach(name -> roles.add(Role.valueOf(name)));
		return roles;
	}

	private static boolean isRole(String name) {
		for (Role role : Role.values()) {
			if (role.name().equals(name)) {
				return true;
			}
		}
		return false;
	}

}
