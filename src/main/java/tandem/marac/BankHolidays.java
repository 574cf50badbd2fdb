package tandem.marac;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The bank holidays of England and Wales and of Scotland, computed from their rules (Easter, first and last Mondays,
 * substitute days) plus a table of one-off changes proclaimed for a single year. Computed rather than fetched, so
 * cut-offs never depend on a network call; see doc/adr/0061.
 */
final class BankHolidays {

	/** A one-off change: a usual holiday moved to another day, or an extra one ({@code usual} null). */
	private record OneOff(Set<HolidayCalendar> calendars, LocalDate usual, LocalDate actual) {
	}

	private static final Set<HolidayCalendar> BOTH = Set.of(HolidayCalendar.ENGLAND_AND_WALES, HolidayCalendar.SCOTLAND);

	private static final List<OneOff> ONE_OFFS = List.of(
			new OneOff(BOTH, null, LocalDate.of(2011, 4, 29)), // royal wedding
			new OneOff(BOTH, LocalDate.of(2012, 5, 28), LocalDate.of(2012, 6, 4)), // spring moved for the jubilee
			new OneOff(BOTH, null, LocalDate.of(2012, 6, 5)), // Diamond Jubilee
			new OneOff(BOTH, LocalDate.of(2020, 5, 4), LocalDate.of(2020, 5, 8)), // VE Day 75th anniversary
			new OneOff(BOTH, LocalDate.of(2022, 5, 30), LocalDate.of(2022, 6, 2)), // spring moved for the jubilee
			new OneOff(BOTH, null, LocalDate.of(2022, 6, 3)), // Platinum Jubilee
			new OneOff(BOTH, null, LocalDate.of(2022, 9, 19)), // state funeral of Queen Elizabeth II
			new OneOff(BOTH, null, LocalDate.of(2023, 5, 8))); // coronation of King Charles III

	private BankHolidays() {
	}

	static boolean isBankHoliday(HolidayCalendar calendar, LocalDate date) {
		return of(calendar, date.getYear()).contains(date);
	}

	static Set<LocalDate> of(HolidayCalendar calendar, int year) {
		TreeSet<LocalDate> days = new TreeSet<>();
		if (calendar == HolidayCalendar.SCOTLAND) {
			addObserved(days, LocalDate.of(year, 1, 1), LocalDate.of(year, 1, 2));
		}
		else {
			addObserved(days, LocalDate.of(year, 1, 1));
		}
		LocalDate easter = easterSunday(year);
		days.add(easter.minusDays(2));
		if (calendar == HolidayCalendar.ENGLAND_AND_WALES) {
			days.add(easter.plusDays(1));
		}
		days.add(LocalDate.of(year, 5, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
		days.add(LocalDate.of(year, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
		days.add(calendar == HolidayCalendar.SCOTLAND
				? LocalDate.of(year, 8, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY))
				: LocalDate.of(year, 8, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
		if (calendar == HolidayCalendar.SCOTLAND) {
			addObserved(days, LocalDate.of(year, Month.NOVEMBER, 30));
		}
		addObserved(days, LocalDate.of(year, 12, 25), LocalDate.of(year, 12, 26));
		for (OneOff change : ONE_OFFS) {
			if (change.actual().getYear() == year && change.calendars().contains(calendar)) {
				if (change.usual() != null) {
					days.remove(change.usual());
				}
				days.add(change.actual());
			}
		}
		return days;
	}

	/**
	 * Adds fixed-date holidays in order; one that falls on a weekend, or on a day an earlier one already took, is
	 * observed on the next free weekday (Christmas on a Saturday: Monday 27th, Boxing Day Tuesday 28th).
	 */
	private static void addObserved(Set<LocalDate> days, LocalDate... dates) {
		for (LocalDate date : dates) {
			LocalDate observed = date;
			while (isWeekend(observed) || days.contains(observed)) {
				observed = observed.plusDays(1);
			}
			days.add(observed);
		}
	}

	static boolean isWeekend(LocalDate date) {
		return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
	}

	/** Easter Sunday in the Gregorian calendar (the anonymous algorithm published in Nature, 1876). */
	static LocalDate easterSunday(int year) {
		int a = year % 19;
		int b = year / 100;
		int c = year % 100;
		int d = b / 4;
		int e = b % 4;
		int f = (b + 8) / 25;
		int g = (b - f + 1) / 3;
		int h = (19 * a + b - d - g + 15) % 30;
		int i = c / 4;
		int k = c % 4;
		int l = (32 + 2 * e + 2 * i - h - k) % 7;
		int m = (a + 11 * h + 22 * l) / 451;
		int month = (h + l - 7 * m + 114) / 31;
		int day = (h + l - 7 * m + 114) % 31 + 1;
		return LocalDate.of(year, month, day);
	}

}
