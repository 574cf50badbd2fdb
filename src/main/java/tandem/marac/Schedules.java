package tandem.marac;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each area's MARAC schedule; an area without one gets the default. */
@Repository
class Schedules {

	private final JdbcClient jdbc;

	Schedules(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	MaracSchedule of(UUID areaId) {
		return this.jdbc.sql("select * from marac_schedule where area_id = :area")
			.param("area", areaId)
			.query((rs, row) -> new MaracSchedule(areaId, rs.getObject("first_meeting_on", LocalDate.class),
					rs.getInt("every_weeks"), rs.getObject("starts_at", LocalTime.class), rs.getString("venue"),
					rs.getInt("cut_off_working_days"), HolidayCalendar.valueOf(rs.getString("bank_holidays")),
					rs.getInt("version")))
			.optional()
			.orElseGet(() -> MaracSchedule.defaultFor(areaId));
	}

	/** @return false when someone else changed the schedule since {@code schedule.version()} was read */
	boolean save(MaracSchedule schedule) {
		if (schedule.version() < 0) {
			return this.jdbc.sql("""
					insert into marac_schedule (area_id, first_meeting_on, every_weeks, starts_at, venue,
					                            cut_off_working_days, bank_holidays)
					values (:area, :first, :every, :starts, :venue, :cutOff, :calendar)
					on conflict (area_id) do nothing
					""")
				.params(params(schedule))
				.update() == 1;
		}
		return this.jdbc.sql("""
				update marac_schedule set first_meeting_on = :first, every_weeks = :every, starts_at = :starts,
				       venue = :venue, cut_off_working_days = :cutOff, bank_holidays = :calendar, version = version + 1
				where area_id = :area and version = :version
				""")
			.params(params(schedule))
			.update() == 1;
	}

	private static java.util.Map<String, Object> params(MaracSchedule s) {
		return java.util.Map.of("area", s.areaId(), "first", s.firstMeetingOn(), "every", s.everyWeeks(), "starts",
				s.startsAt(), "venue", s.venue(), "cutOff", s.cutOffWorkingDays(), "calendar", s.bankHolidays().name(),
				"version", s.version());
	}

}
