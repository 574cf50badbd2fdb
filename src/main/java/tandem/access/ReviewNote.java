package tandem.access;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** What the coordinator concluded about an emergency access, e.g. "Confirmed with the duty sergeant: justified". */
record ReviewNote(String text) {

	static final int MAXIMUM_LENGTH = 2000;

	ReviewNote {
		text = text.strip();
	}

	static Optional<String> problemWith(@Nullable String text) {
		String note = text == null ? "" : text.strip();
		if (note.isEmpty()) {
			return Optional.of("Enter what you found when you reviewed this emergency access");
		}
		if (note.length() > MAXIMUM_LENGTH) {
			return Optional.of("Note must be 2,000 characters or fewer");
		}
		return Optional.empty();
	}

}
