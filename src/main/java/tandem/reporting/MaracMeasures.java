package tandem.reporting;

import java.util.List;

/** The measures counted from MARAC meetings: cases heard, the days from referral to hearing, and actions. */
final class MaracMeasures {

	static final String HEARD = "marac-heard";

	static final String DAYS_TO_HEARING = "marac-days-to-hearing";

	static final String ACTIONS_DUE = "marac-actions-due";

	static final String ACTIONS_ON_TIME = "marac-actions-on-time";

	/**
	 * The referral a heard case (agenda item {@code i} of meeting {@code m}) was heard on: the agenda item's own, or
	 * else the case's latest referral on or before the meeting (a case listed by hand, or heard again).
	 */
	static final String REFERRAL_HEARD_ON = """
			select r.* from referral r
			where r.id = i.referral_id
			   or (i.referral_id is null and r.case_id = i.case_id and r.referred_on <= m.held_on)
			order by r.referred_on desc limit 1""";

	/** Each case heard, in the area of the meeting, on the day of the meeting. */
	private static final String HEARINGS = """
			select i.case_id, m.area_id, m.held_on as occurred_on, 1 as weight,
			       greatest(0, m.held_on - r.referred_on) as days
			from agenda_item i
			join marac_meeting m on m.id = i.meeting_id
			left join lateral (%s) r on true
			where i.status = 'HEARD' and m.cancelled_at is null and %s
			""";

	/**
	 * A meeting's cases are recorded as heard on the day or in the weeks after it, and nothing marks when: the months
	 * of meetings held since a month before the last refresh are counted again (the nightly rebuild takes the rest).
	 */
	private static final String HEARING_MONTHS = """
			select distinct date_trunc('month', held_on)::date from marac_meeting
			where held_on >= cast(:since as date) - 31 and held_on <= current_date
			""";

	/**
	 * Each action agreed at a meeting that has fallen due (or was closed before it did), in the meeting's area, on
	 * its due date. An action closed because circumstances changed no longer had to be done, so is left out.
	 */
	private static final String ACTIONS = """
			select a.case_id, m.area_id, a.due_on as occurred_on, 1 as weight
			from marac_action a
			join marac_meeting m on m.id = a.meeting_id
			where a.status <> 'CIRCUMSTANCES_CHANGED' and (a.status <> 'OPEN' or a.due_on < current_date) and %s
			""";

	/** Actions agreed or closed since the last refresh, and those that fell due since. */
	private static final String ACTION_MONTHS = """
			select distinct date_trunc('month', due_on)::date from marac_action
			where created_at >= :since or closed_at >= :since
			   or (due_on >= cast(:since as date) - 1 and due_on <= current_date)
			""";

	private MaracMeasures() {
	}

	static List<Measure> all() {
		List<Breakdown> total = List.of(Breakdown.TOTAL);
		return List.of(
				new Measure(HEARD, "Cases heard at MARAC", HEARINGS.formatted(REFERRAL_HEARD_ON, "true"), HEARING_MONTHS,
						total),
				new Measure(DAYS_TO_HEARING, "Cases heard on a referral",
						HEARINGS.formatted(REFERRAL_HEARD_ON, "r.id is not null"), HEARING_MONTHS,
						List.of(Breakdown.TOTAL, Breakdown.DAYS)),
				new Measure(ACTIONS_DUE, "Actions due", ACTIONS.formatted("true"), ACTION_MONTHS, total),
				new Measure(ACTIONS_ON_TIME, "Actions completed by their due date",
						ACTIONS.formatted("a.status = 'DONE' and (a.closed_at at time zone 'Europe/London')::date <= a.due_on"),
						ACTION_MONTHS, total));
	}

}
