package tandem.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Consecutive months, from the first day of the first up to (not including) the first day after the last. */
record MonthRun(LocalDate from, LocalDate to) {

	/** The fewest runs covering these months (first days of months, in any order, repeats allowed). */
	static List<MonthRun> of(List<LocalDate> months) {
		List<MonthRun> runs = new ArrayList<>();
		LocalDate start = null;
		LocalDate end = null;
		for (LocalDate month : new TreeSet<>(months)) {
			if (end != null && !month.equals(end)) {
				runs.add(new MonthRun(start, end));
				start = null;
			}
			if (start == null) {
				start = month;
			}
			end = month.plusMonths(1);
		}
		if (start != null) {
			runs.add(new MonthRun(start, end));
		}
		return runs;
	}

}
