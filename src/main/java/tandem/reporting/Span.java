package tandem.reporting;

import java.time.LocalDate;

/** A column of a report table: the dates from {@code start} up to, not including, {@code end}. */
record Span(String label, LocalDate start, LocalDate end) {

	static Span of(Quarter quarter) {
		return new Span(quarter.label(), quarter.start(), quarter.end());
	}

	static Span of(ReportPeriod period) {
		return new Span(period.label(), period.start(), period.end());
	}

	boolean contains(LocalDate date) {
		return !date.isBefore(this.start) && date.isBefore(this.end);
	}

}
