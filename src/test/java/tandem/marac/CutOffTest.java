package tandem.marac;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Cut-offs count working days back from the meeting, skipping the bank holidays of the area's calendar. */
class CutOffTest {

	@ParameterizedTest
	@CsvSource({
			// Thursday meeting, an ordinary week: the Thursday before.
			"ENGLAND_AND_WALES, 2026-01-22, 5, 2026-01-15",
			// New Year's Day is skipped; 2 January is a working day in England and Wales, a holiday in Scotland.
			"ENGLAND_AND_WALES, 2026-01-08, 5, 2025-12-31",
			"SCOTLAND,          2026-01-08, 5, 2025-12-30",
			// Good Friday in both, Easter Monday only in England and Wales.
			"ENGLAND_AND_WALES, 2026-04-09, 5, 2026-03-31",
			"SCOTLAND,          2026-04-09, 5, 2026-04-01",
			// St Andrew's Day on a Monday, Scotland only.
			"SCOTLAND,          2026-12-03, 3, 2026-11-27",
			"ENGLAND_AND_WALES, 2026-12-03, 3, 2026-11-30",
			"ENGLAND_AND_WALES, 2026-01-22, 0, 2026-01-22" })
	void cutOff(HolidayCalendar calendar, LocalDate meeting, int workingDays, LocalDate cutOff) {
		assertThat(new WorkingDays(calendar).cutOff(meeting, workingDays)).isEqualTo(cutOff);
	}

	@ParameterizedTest
	@CsvSource({
			// The default schedule meets fortnightly on Thursdays from 8 January 2026, cut-off 5 working days.
			"2026-01-15, 2026-01-22", // on the cut-off day: makes it
			"2026-01-16, 2026-02-05", // a day late: the next meeting
			"2026-01-22, 2026-02-05", // on the meeting day itself
			"2025-12-31, 2026-01-08", "2026-01-02, 2026-01-22" })
	void aReferralGoesToTheFirstMeetingWhoseCutOffItMakes(LocalDate referredOn, LocalDate meeting) {
		assertThat(MaracSchedule.defaultFor(UUID.randomUUID()).meetingDaysMadeBy(referredOn).findFirst()).contains(meeting);
	}

	@Test
	void aScheduledMeetingOnABankHolidayIsHeldOnTheNextWorkingDay() {
		MaracSchedule mondays = new MaracSchedule(UUID.randomUUID(), LocalDate.of(2026, 4, 27), 1, LocalTime.of(10, 0),
				"Town hall", 2, HolidayCalendar.ENGLAND_AND_WALES, 0);

		assertThat(mondays.meetingDaysMadeBy(LocalDate.of(2026, 4, 30)).findFirst()).contains(LocalDate.of(2026, 5, 5));
		assertThat(mondays.cutOffFor(LocalDate.of(2026, 5, 5))).isEqualTo(LocalDate.of(2026, 4, 30));
	}

}
