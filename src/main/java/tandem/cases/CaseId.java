package tandem.cases;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** A case's identity, the only thing about a case that may appear in a URL. */
public record CaseId(UUID value) {

	private static final Pattern CANONICAL = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	/** Empty for anything that is not a well-formed id, e.g. a tampered URL. */
	public static Optional<CaseId> parse(String text) {
		return CANONICAL.matcher(text).matches() ? Optional.of(new CaseId(UUID.fromString(text))) : Optional.empty();
	}

}
