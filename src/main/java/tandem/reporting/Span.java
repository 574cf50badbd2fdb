package tandem.reporting;

import java.time.LocalDate;

/** A column of a report table: the dates from {@code start} up to, not including, {@code end}. */
record Span(String label, LocalDate start, LocalDate end) {

	static Span of(Quarter quarter) {
		return new Span(quarter.shortLabel(), quarter.start(), quarter.end());
	}

	static Span of(ReportPeriod period) {
		String label = period.first().equals(period.last()) ? period.first().shortLabel()
				: period.first().shortLabel() + " to " + period.last().shortLabel();
		return new Span(label, period.start(), period.end());
	}

	boolean contains(LocalDate date) {
		return !date.isBefore(this.start) && date.isBefore(this.end);
	}

}
