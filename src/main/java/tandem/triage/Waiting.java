package tandem.triage;

import java.time.Duration;

/** How long something has waited, in the words the queue shows: "45 minutes", "5 hours", "2 days 3 hours". */
final class Waiting {

	private Waiting() {
	}

	static String describe(Duration waited) {
		Duration positive = waited.isNegative() ? Duration.ZERO : waited;
		long days = positive.toDays();
		long hours = positive.toHoursPart();
		if (days > 0) {
			return plural(days, "day") + (hours > 0 ? " " + plural(hours, "hour") : "");
		}
		if (hours > 0) {
			return plural(hours, "hour");
		}
		return plural(positive.toMinutesPart(), "minute");
	}

	private static String plural(long count, String unit) {
		return count + " " + unit + (count == 1 ? "" : "s");
	}

}
