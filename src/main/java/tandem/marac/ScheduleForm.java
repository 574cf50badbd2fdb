package tandem.marac;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The schedule form, and the extra-meeting form, as typed: a date (day, month, year), a start time, a venue or call
 * link; for the schedule also how often, the cut-off and the bank-holiday calendar.
 */
record ScheduleForm(@Nullable String firstDay, @Nullable String firstMonth, @Nullable String firstYear,
		@Nullable String everyWeeks, @Nullable String startsAt, @Nullable String venue, @Nullable String cutOff,
		@Nullable String bankHolidays, @Nullable String kind, int version) {

	static ScheduleForm of(MaracSchedule s) {
		return new ScheduleForm(String.valueOf(s.firstMeetingOn().getDayOfMonth()),
				String.valueOf(s.firstMeetingOn().getMonthValue()), String.valueOf(s.firstMeetingOn().getYear()),
				String.valueOf(s.everyWeeks()), s.startsAt().toString(), s.venue(), String.valueOf(s.cutOffWorkingDays()),
				s.bankHolidays().name(), null, s.version());
	}

	static ScheduleForm emptyMeeting() {
		return new ScheduleForm(null, null, null, null, "10:00", null, null, null, null, 0);
	}

	Map<String, String> meetingProblems() {
		Map<String, String> problems = new LinkedHashMap<>();
		if (day().isEmpty()) {
			problems.put("firstDay", "Enter a real date, for example 27 3 2027");
		}
		if (time().isEmpty()) {
			problems.put("startsAt", "Enter a start time in the 24-hour clock, for example 10:00");
		}
		String place = ActionForm.text(this.venue);
		if (place.isEmpty() || place.length() > 500) {
			problems.put("venue", "Enter the venue or call link, in 500 characters or fewer");
		}
		return problems;
	}

	Map<String, String> scheduleProblems() {
		Map<String, String> problems = meetingProblems();
		if (number(this.everyWeeks).filter(n -> n >= 1 && n <= 8).isEmpty()) {
			problems.put("everyWeeks", "Enter how many weeks apart meetings are, from 1 to 8");
		}
		if (number(this.cutOff).filter(n -> n >= 0 && n <= 20).isEmpty()) {
			problems.put("cutOff", "Enter the cut-off in working days, from 0 to 20");
		}
		if (calendar().isEmpty()) {
			problems.put("bankHolidays", "Choose which bank holidays the area follows");
		}
		return problems;
	}

	MaracSchedule schedule(UUID areaId) {
		return new MaracSchedule(areaId, day().orElseThrow(), number(this.everyWeeks).orElseThrow(), time().orElseThrow(),
				ActionForm.text(this.venue), number(this.cutOff).orElseThrow(), calendar().orElseThrow(), this.version);
	}

	Optional<LocalDate> day() {
		return new ActionForm(null, null, this.firstDay, this.firstMonth, this.firstYear).dueOn();
	}

	Optional<LocalTime> time() {
		try {
			return Optional.of(LocalTime.parse(ActionForm.text(this.startsAt).length() == 4 ? "0" + ActionForm.text(this.startsAt)
					: ActionForm.text(this.startsAt)));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	Meeting.Kind meetingKind() {
		return "EMERGENCY".equals(this.kind) ? Meeting.Kind.EMERGENCY : Meeting.Kind.EXTRA;
	}

	private Optional<HolidayCalendar> calendar() {
		try {
			return Optional.of(HolidayCalendar.valueOf(ActionForm.text(this.bankHolidays)));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static Optional<Integer> number(@Nullable String value) {
		try {
			return Optional.of(Integer.parseInt(ActionForm.text(value)));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

}
