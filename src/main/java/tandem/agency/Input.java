package tandem.agency;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Tidies what a browser sends before it is checked: absent becomes empty, surrounding spaces go. */
final class Input {

	private Input() {
	}

	static String text(@Nullable String value) {
		return value == null ? "" : value.strip();
	}

	static List<String> list(@Nullable List<String> values) {
		return values == null ? List.of() : values.stream().map(Input::text).filter(value -> !value.isEmpty()).toList();
	}

	/** The id a form field holds, or empty when it holds none or something that is not an id. */
	static Optional<UUID> id(String value) {
		try {
			return value.isEmpty() ? Optional.empty() : Optional.of(UUID.fromString(value));
		}
		catch (IllegalArgumentException notAnId) {
			return Optional.empty();
		}
	}

	/** The text, or null when it is empty: for optional columns. */
	static @Nullable String optional(String value) {
		return value.isEmpty() ? null : value;
	}

}
