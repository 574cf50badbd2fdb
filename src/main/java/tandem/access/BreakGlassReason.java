package tandem.access;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Why someone outside a case's circle needs to see it now. Written by them, recorded on the audit trail and read by
 * the area's coordinator, so it must say enough to be reviewed.
 */
public record BreakGlassReason(String text) {

	public static final int MINIMUM_LENGTH = 20;

	public static final int MAXIMUM_LENGTH = 2000;

	public BreakGlassReason {
		String problem = problemWith(text).orElse(null);
		if (problem != null) {
			throw new IllegalArgumentException(problem);
		}
		text = text.strip();
	}

	/** What is wrong with a reason as typed, in words to show beside the field; empty when it will do. */
	public static Optional<String> problemWith(@Nullable String text) {
		String reason = text == null ? "" : text.strip();
		if (reason.isEmpty()) {
			return Optional.of("Enter why you need emergency access to this case");
		}
		if (reason.length() < MINIMUM_LENGTH) {
			return Optional.of("Reason must be " + MINIMUM_LENGTH + " characters or more");
		}
		if (reason.length() > MAXIMUM_LENGTH) {
			return Optional.of("Reason must be 2,000 characters or fewer");
		}
		return Optional.empty();
	}

}
