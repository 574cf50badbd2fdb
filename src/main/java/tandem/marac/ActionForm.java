package tandem.marac;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A timed action as the chair types it: who owns it, what to do, by when (day, month and year fields). */
record ActionForm(@Nullable String owner, @Nullable String description, @Nullable String dueDay,
		@Nullable String dueMonth, @Nullable String dueYear) {

	static ActionForm empty() {
		return new ActionForm(null, null, null, null, null);
	}

	/** The problems with what was typed, by field, in the order of the form. */
	Map<String, String> problems(LocalDate meetingDay) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (ownerId().isEmpty()) {
			problems.put("owner", "Choose who owns the action");
		}
		String what = text(this.description);
		if (what.isEmpty()) {
			problems.put("description", "Enter what is to be done");
		}
		else if (what.length() > MeetingRecord.MAX_TEXT) {
			problems.put("description", "What is to be done must be 10,000 characters or fewer");
		}
		Optional<LocalDate> due = dueOn();
		if (due.isEmpty()) {
			problems.put("dueDay", "Enter a real due date, for example 27 3 2027");
		}
		else if (due.get().isBefore(meetingDay)) {
			problems.put("dueDay", "The due date must be on or after the day of the meeting");
		}
		return problems;
	}

	Optional<UUID> ownerId() {
		try {
			return Optional.of(UUID.fromString(text(this.owner)));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	Optional<LocalDate> dueOn() {
		try {
			return Optional.of(LocalDate.of(Integer.parseInt(text(this.dueYear)), Integer.parseInt(text(this.dueMonth)),
					Integer.parseInt(text(this.dueDay))));
		}
		catch (NumberFormatException | java.time.DateTimeException ex) {
			return Optional.empty();
		}
	}

	String what() {
		return text(this.description);
	}

	static String text(@Nullable String value) {
		return value == null ? "" : value.strip();
	}

}
