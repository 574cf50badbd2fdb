package tandem.referral;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/** Collects field problems while values are parsed, so that every problem is reported at once. */
final class Checks {

	final List<FieldProblem> problems = new ArrayList<>();

	void problem(String field, String message) {
		this.problems.add(new FieldProblem(field, message));
	}

	@Nullable String required(String field, @Nullable String value, String message) {
		if (value == null || value.isBlank()) {
			problem(field, message);
			return null;
		}
		return text(field, value, ReferralValidator.MAX_TEXT);
	}

	/** A name kept exactly as given (trimmed); blank means not known. */
	@Nullable String name(String field, @Nullable String value) {
		return text(field, value, ReferralValidator.MAX_NAME);
	}

	@Nullable String text(String field, @Nullable String value, int maxLength) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String stripped = value.strip();
		if (stripped.codePointCount(0, stripped.length()) > maxLength) {
			problem(field, "Must be " + maxLength + " characters or fewer");
			return null;
		}
		return stripped;
	}

	@Nullable LocalDate date(String field, String value) {
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			problem(field, "Enter a real date in the form YYYY-MM-DD, for example 1990-04-02");
			return null;
		}
	}

	/** Parses one of an enum's names; a missing value is a problem only when {@code missingMessage} is given. */
	<E extends Enum<E>> @Nullable E choice(String field, @Nullable String value, Class<E> type,
			@Nullable String missingMessage) {
		if (value == null || value.isBlank()) {
			if (missingMessage != null) {
				problem(field, missingMessage);
			}
			return null;
		}
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(value.strip())) {
				return constant;
			}
		}
		problem(field, "Must be one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
			.collect(Collectors.joining(", ")));
		return null;
	}

}
