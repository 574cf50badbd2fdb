package tandem.reporting;

import java.util.List;

import tandem.reporting.Figure.Kind;

/** The figures counted from MARAC meetings, in the order the dashboard shows them. */
final class MaracFigures {

	private static final String HEARD = "A case is heard when the meeting recorded it as heard; a case moved or "
			+ "deferred counts at the meeting that heard it, and a case heard at two meetings counts twice, as "
			+ "SafeLives counts cases including repeats.";

	private MaracFigures() {
	}

	static List<Figure> all() {
		List<Breakdown> total = List.of(Breakdown.TOTAL);
		return List.of(
				new Figure("marac-cases-heard", "Cases heard at MARAC",
						"The cases heard at the area's MARAC meetings (not cancelled) held in the quarter. " + HEARD,
						"Count of agenda items recorded as heard at meetings held in the quarter, in the area of the "
								+ "meeting.",
						Kind.COUNT, MaracMeasures.HEARD, null, total,
						"Cases discussed outside a meeting recorded in Tandem are not counted."),
				new Figure("marac-cases-heard-per-10k", "Cases heard at MARAC per 10,000 adult females",
						"Cases heard at MARAC in the 12 months ending with the quarter, for every 10,000 women and girls "
								+ "aged 16 and over living in the area: the figure SafeLives publishes for every MARAC. "
								+ "SafeLives' expected level is 40; the national figure for the 12 months to "
								+ "September 2024 was 47.",
						"Cases heard in the 12 months to the end of the quarter ÷ the adult female (16+) population the "
								+ "analyst recorded for the area × 10,000. For the whole partnership, only areas with a "
								+ "recorded population are included.",
						Kind.PER_10K_ADULT_FEMALES, MaracMeasures.HEARD, null, total,
						"An area without a recorded population has no rate. " + HEARD),
				new Figure("marac-actions-on-time", "MARAC actions completed on time",
						"The share of actions agreed at MARAC meetings, due in the quarter, that the agency completed "
								+ "by the due date.",
						"Actions due in the quarter marked done on or before their due date ÷ actions due in the quarter, "
								+ "as a percentage. Actions closed because circumstances changed are left out of both; "
								+ "an open action counts once its due date has passed.",
						Kind.PERCENT, MaracMeasures.ACTIONS_ON_TIME, MaracMeasures.ACTIONS_DUE, total,
						"An action is done when its agency marked it done in Tandem: the day it was marked, not the day "
								+ "the work was done, is compared with the due date."),
				new Figure("days-to-hearing", "Days from referral to MARAC hearing",
						"For the cases heard in the quarter, the median number of days from the referral they were heard "
								+ "on to the meeting that heard them.",
						"Median, over cases heard at meetings held in the quarter, of the meeting date minus the referral "
								+ "date, in whole days. The referral is the one the case was listed on, or else the "
								+ "case's latest referral before the meeting.",
						Kind.MEDIAN_DAYS, MaracMeasures.DAYS_TO_HEARING, null, total,
						"Cases heard without a referral in Tandem (a transfer from another area) are left out."));
	}

}
