package tandem.reporting;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar quarter, written {@code 2026-Q2} in links and named by its months on pages ("April to June 2026"), so no
 * reader has to know whether a "Q1" is a calendar or a financial year's.
 */
public record Quarter(int year, int number) implements Comparable<Quarter> {

	private static final Pattern CODE = Pattern.compile("(\\d{4})-Q([1-4])");

	public Quarter {
		if (number < 1 || number > 4 || year < 1900 || year > 2200) {
			throw new IllegalArgumentException("No such quarter");
		}
	}

	static Quarter of(LocalDate date) {
		return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
	}

	static Optional<Quarter> parse(String code) {
		Matcher matcher = CODE.matcher(code);
		return matcher.matches() ? Optional.of(new Quarter(Integer.parseInt(matcher.group(1)),
				Integer.parseInt(matcher.group(2)))) : Optional.empty();
	}

	LocalDate start() {
		return LocalDate.of(this.year, (this.number - 1) * 3 + 1, 1);
	}

	/** The first day after the quarter. */
	LocalDate end() {
		return start().plusMonths(3);
	}

	Quarter plus(int quarters) {
		int index = this.year * 4 + (this.number - 1) + quarters;
		return new Quarter(Math.floorDiv(index, 4), Math.floorMod(index, 4) + 1);
	}

	public String code() {
		return this.year + "-Q" + this.number;
	}

	public String label() {
		return month(start()) + " to " + month(end().minusDays(1)) + " " + this.year;
	}

	/** Short enough for a table's column or a chart's axis: "Apr–Jun 2026". */
	public String shortLabel() {
		return start().getMonth().getDisplayName(TextStyle.SHORT, Locale.UK) + "–"
				+ end().minusDays(1).getMonth().getDisplayName(TextStyle.SHORT, Locale.UK) + " " + this.year;
	}

	@Override
	public int compareTo(Quarter other) {
		return Integer.compare(this.year * 4 + this.number, other.year * 4 + other.number);
	}

	private static String month(LocalDate date) {
		return date.getMonth().getDisplayName(TextStyle.FULL, Locale.UK);
	}

}
