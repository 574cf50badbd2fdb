package tandem.marac;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * How often an area's MARAC meets and how early referrals must arrive. An area that has not set one meets
 * fortnightly on Thursdays at 10:00 with a cut-off of 5 working days, England and Wales bank holidays.
 *
 * @param firstMeetingOn a date the schedule counts from; the day of the week of every scheduled meeting
 */
record MaracSchedule(UUID areaId, LocalDate firstMeetingOn, int everyWeeks, LocalTime startsAt, String venue,
		int cutOffWorkingDays, HolidayCalendar bankHolidays, int version) {

	static MaracSchedule defaultFor(UUID areaId) {
		return new MaracSchedule(areaId, LocalDate.of(2026, 1, 8), 2, LocalTime.of(10, 0), "To be confirmed", 5,
				HolidayCalendar.ENGLAND_AND_WALES, -1);
	}

	WorkingDays workingDays() {
		return new WorkingDays(this.bankHolidays);
	}

	/** The schedule's meeting days, in order, from the first whose cut-off a referral on the given date makes. */
	Stream<LocalDate> meetingDaysMadeBy(LocalDate referredOn) {
		WorkingDays days = workingDays();
		// Start a week early: a meeting moved to the next working day by a bank holiday must not be skipped.
		long weeks = Math.max(0, ChronoUnit.WEEKS.between(this.firstMeetingOn, referredOn) - 1);
		long firstStep = weeks / this.everyWeeks;
		return Stream.iterate(firstStep, step -> step + 1)
			.map(step -> days.onOrAfter(this.firstMeetingOn.plusWeeks(step * this.everyWeeks)))
			.filter(day -> !day.isBefore(referredOn) && !days.cutOff(day, this.cutOffWorkingDays).isBefore(referredOn));
	}

	LocalDate cutOffFor(LocalDate meetingDay) {
		return workingDays().cutOff(meetingDay, this.cutOffWorkingDays);
	}

}
