package tandem.marac;

import java.time.LocalDate;

/** Working days of one bank-holiday calendar: weekdays that are not bank holidays. */
record WorkingDays(HolidayCalendar calendar) {

	boolean isWorkingDay(LocalDate date) {
		return !BankHolidays.isWeekend(date) && !BankHolidays.isBankHoliday(this.calendar, date);
	}

	/** The given day if it is a working day, else the next one that is. */
	LocalDate onOrAfter(LocalDate date) {
		LocalDate day = date;
		while (!isWorkingDay(day)) {
			day = day.plusDays(1);
		}
		return day;
	}

	/**
	 * The last day a referral may arrive to be heard at a meeting: {@code workingDays} working days before it. With
	 * five, a Thursday meeting's cut-off is the Thursday before, or earlier when a bank holiday falls between.
	 */
	LocalDate cutOff(LocalDate meetingDay, int workingDays) {
		LocalDate day = meetingDay;
		int counted = 0;
		while (counted < workingDays) {
			day = day.minusDays(1);
			if (isWorkingDay(day)) {
				counted++;
			}
		}
		return day;
	}

}
