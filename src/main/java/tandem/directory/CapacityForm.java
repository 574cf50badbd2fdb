package tandem.directory;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The provider's capacity figures as typed. Blank means "not counted"; anything else must be a whole number, zero or
 * more: a refuge cannot have minus one space free.
 */
record CapacityForm(String spacesFree, String waitingWeeks, int version) {

	Map<String, String> errors() {
		Map<String, String> errors = new LinkedHashMap<>();
		check(errors, "spacesFree", this.spacesFree, "Spaces free");
		check(errors, "waitingWeeks", this.waitingWeeks, "Waiting time");
		return errors;
	}

	@Nullable Integer spaces() {
		return number(this.spacesFree);
	}

	@Nullable Integer weeks() {
		return number(this.waitingWeeks);
	}

	private static void check(Map<String, String> errors, String field, String typed, String label) {
		if (typed.isBlank()) {
			return;
		}
		Integer value = parse(typed);
		if (value == null) {
			errors.put(field, label + " must be a whole number, like 3");
		}
		else if (value < 0) {
			errors.put(field, label + " cannot be below zero");
		}
		else if (value > 9999) {
			errors.put(field, label + " must be 9999 or fewer");
		}
	}

	private static @Nullable Integer number(String typed) {
		return typed.isBlank() ? null : parse(typed);
	}

	private static @Nullable Integer parse(String typed) {
		try {
			return Integer.valueOf(typed.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
