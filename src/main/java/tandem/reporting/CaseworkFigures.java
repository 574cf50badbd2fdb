package tandem.reporting;

import java.util.List;

import tandem.reporting.Figure.Kind;

/** The figures counted from services' casework and the directory, in the order the dashboard shows them. */
final class CaseworkFigures {

	private static final String MATCHED = "Of the cases a service closed in the quarter with outcomes recorded both at "
			+ "intake and at exit (SafeLives Insights' \"matched\" cases), ";

	private static final String EXIT_CALCULATION = " ÷ exits in the quarter matched with an intake, as a percentage. "
			+ "The quarter is that of the day the exit outcomes were recorded.";

	private static final String EXIT_CAVEAT = "Cases closed without outcomes at both intake and exit are not counted; "
			+ "what the victim said at exit is compared with what they said at intake, not checked.";

	private CaseworkFigures() {
	}

	static List<Figure> all() {
		List<Breakdown> total = List.of(Breakdown.TOTAL);
		return List.of(
				new Figure("days-to-first-contact", "Days from referral to first contact",
						"For the cases a service first contacted in the quarter, the median number of days from the "
								+ "service receiving the referral to the first successful contact with the victim.",
						"Median, over cases whose first successful contact was made in the quarter, of the contact "
								+ "date minus the date the service received the case, in whole days (UK time).",
						Kind.MEDIAN_DAYS, CaseworkMeasures.DAYS_TO_FIRST_CONTACT, null, total,
						"Cases never contacted are not in the median: see the unable-to-contact closures. Attempts "
								+ "that did not reach the victim do not count as contact."),
				new Figure("people-supported", "People currently supported by each service",
						"The cases each service holds open at the end of the period: one case is one victim supported "
								+ "by one service.",
						"Count of services' cases received on or before the last day of the period and not closed by "
								+ "then, by the service's agency. Kept as cases opened (+1) and closed (−1) by month, "
								+ "summed from the first month to the end of the period.",
						Kind.SNAPSHOT, CaseworkMeasures.SUPPORT_OPENED_AND_CLOSED, null,
						List.of(Breakdown.SERVICE, Breakdown.TOTAL),
						"A victim supported by two services counts once for each. Only the end of the period is "
								+ "shown: the numbers in between are not a sum."),
				exit("exit-abuse-stopped", "Abuse stopped at exit",
						MATCHED + "the share with no abuse of any of the four types (physical, sexual, harassment and "
								+ "stalking, jealous and controlling behaviour) at exit, among those with some at intake.",
						"Matched exits with every abuse type \"none\" at exit and some abuse at intake ÷ matched exits "
								+ "with some abuse at intake, as a percentage.",
						CaseworkMeasures.EXITS_ABUSE_STOPPED, CaseworkMeasures.EXITS_ABUSE_AT_INTAKE),
				exit("exit-safer", "Feeling safer at exit", MATCHED + "the share who scored feeling safe higher at exit.",
						"Matched exits scoring feeling safe higher than at intake" + EXIT_CALCULATION,
						CaseworkMeasures.EXITS_SAFER, CaseworkMeasures.EXITS_MATCHED),
				exit("exit-wellbeing", "Wellbeing improved at exit", MATCHED + "the share who scored wellbeing higher.",
						"Matched exits scoring wellbeing higher than at intake" + EXIT_CALCULATION,
						CaseworkMeasures.EXITS_WELLBEING, CaseworkMeasures.EXITS_MATCHED),
				exit("exit-quality-of-life", "Quality of life improved at exit",
						MATCHED + "the share who scored their quality of life higher.",
						"Matched exits scoring quality of life higher than at intake" + EXIT_CALCULATION,
						CaseworkMeasures.EXITS_QUALITY_OF_LIFE, CaseworkMeasures.EXITS_MATCHED),
				exit("exit-risk-reduced", "Risk reduced at exit",
						MATCHED + "the share assessed at a lower risk level (standard, medium, high) at exit.",
						"Matched exits at a lower risk level than at intake" + EXIT_CALCULATION,
						CaseworkMeasures.EXITS_RISK_REDUCED, CaseworkMeasures.EXITS_MATCHED),
				new Figure("perpetrator-interventions", "Perpetrators starting an intervention",
						"Referrals of perpetrators that a perpetrator programme in the directory accepted in the "
								+ "quarter, by how the perpetrator has engaged since.",
						"Count of onward referrals to services of the kind \"perpetrator programme\" accepted (or "
								+ "accepted and since closed) in the quarter, by the engagement the programme last "
								+ "recorded.",
						Kind.COUNT, CaseworkMeasures.PERPETRATOR_INTERVENTIONS, null,
						List.of(Breakdown.ENGAGEMENT, Breakdown.TOTAL),
						"Only programmes reached through Tandem's onward referrals are counted; a perpetrator referred "
								+ "twice counts twice. Engagement is as last recorded, not as it was in the quarter."));
	}

	private static Figure exit(String id, String title, String definition, String calculation, String measure,
			String denominator) {
		return new Figure(id, title, definition, calculation, Kind.PERCENT, measure, denominator, List.of(Breakdown.TOTAL),
				EXIT_CAVEAT);
	}

}
