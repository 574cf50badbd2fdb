package tandem.signin;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import tandem.agency.Role;

/** Reads Tandem's own claims (agency, roles) from identity provider tokens, whatever shape the provider gives them. */
final class ClaimValues {

	private ClaimValues() {
	}

	static Optional<String> text(@Nullable Object claim) {
		return claim instanceof String text && !text.isBlank() ? Optional.of(text.strip()) : Optional.empty();
	}

	/**
	 * The roles named in a claim: a JSON list, or one string separated by spaces or commas. Names that are not roles
	 * are ignored, so a provider that also sends its own groups does not break sign-in.
	 */
	static Set<Role> roles(@Nullable Object claim) {
		List<String> names = switch (claim) {
			case Collection<?> values -> values.stream().map(String::valueOf).toList();
			case String text -> Arrays.asList(text.split("[,\\s]+"));
			case null, default -> List.of();
		};
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String name : names) {
			Arrays.stream(Role.values()).filter(role -> role.name().equals(name.strip())).forEach(roles::add);
		}
		return roles;
	}

}
