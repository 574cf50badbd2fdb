package tandem.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The quarters a report covers, first to last inclusive; at most five years, which keeps every page bounded. */
public record ReportPeriod(Quarter first, Quarter last) {

	static final int MAX_QUARTERS = 20;

	public ReportPeriod {
		if (last.compareTo(first) < 0 || first.plus(MAX_QUARTERS - 1).compareTo(last) < 0) {
			throw new IllegalArgumentException("A period runs forwards and covers at most five years");
		}
	}

	/** The quarters named in a link, or empty when they are missing, malformed, backwards or too many. */
	static Optional<ReportPeriod> parse(String first, String last) {
		Optional<Quarter> from = Quarter.parse(first);
		Optional<Quarter> to = Quarter.parse(last);
		if (from.isEmpty() || to.isEmpty() || to.get().compareTo(from.get()) < 0
				|| from.get().plus(MAX_QUARTERS - 1).compareTo(to.get()) < 0) {
			return Optional.empty();
		}
		return Optional.of(new ReportPeriod(from.get(), to.get()));
	}

	/** The last {@code count} quarters up to and including today's (which is still running). */
	static ReportPeriod lastQuarters(LocalDate today, int count) {
		Quarter current = Quarter.of(today);
		return new ReportPeriod(current.plus(1 - count), current);
	}

	List<Quarter> quarters() {
		List<Quarter> quarters = new ArrayList<>();
		for (Quarter quarter = this.first; quarter.compareTo(this.last) <= 0; quarter = quarter.plus(1)) {
			quarters.add(quarter);
		}
		return quarters;
	}

	LocalDate start() {
		return this.first.start();
	}

	LocalDate end() {
		return this.last.end();
	}

	/** The period of the same length just before this one, for trends. */
	ReportPeriod previous() {
		int length = quarters().size();
		return new ReportPeriod(this.first.plus(-length), this.first.plus(-1));
	}

	public String label() {
		return this.first.equals(this.last) ? this.first.label() : this.first.label() + " to " + this.last.label();
	}

}
