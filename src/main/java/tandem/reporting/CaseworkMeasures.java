package tandem.reporting;

import java.util.List;

/**
 * The measures counted from services' casework and the directory (ADR 0082): people supported, days to first
 * contact, outcomes at exit and perpetrators in interventions. Each is counted in the area of the case.
 */
final class CaseworkMeasures {

	static final String SUPPORT_OPENED_AND_CLOSED = "support-opened-and-closed";

	static final String DAYS_TO_FIRST_CONTACT = "support-days-to-first-contact";

	static final String EXITS_MATCHED = "exit-matched";

	static final String EXITS_ABUSE_AT_INTAKE = "exit-abuse-at-intake";

	static final String EXITS_ABUSE_STOPPED = "exit-abuse-stopped";

	static final String EXITS_SAFER = "exit-safer";

	static final String EXITS_WELLBEING = "exit-wellbeing";

	static final String EXITS_QUALITY_OF_LIFE = "exit-quality-of-life";

	static final String EXITS_RISK_REDUCED = "exit-risk-reduced";

	static final String PERPETRATOR_INTERVENTIONS = "perpetrator-interventions";

	private static final String LONDON_DAY = "(%s at time zone 'Europe/London')::date";

	/** +1 on the day a service received a case, -1 on the day it closed it: summed up to a day, the cases open then. */
	private static final String OPENED_AND_CLOSED = """
			select s.case_id, c.area_id, e.day as occurred_on, e.weight, ag.name as service
			from support_case s
			join case_file c on c.id = s.case_id
			join agency ag on ag.id = s.agency_id
			cross join lateral (values (%s, 1), (s.closed_on, -1)) e (day, weight)
			where e.day is not null
			""".formatted(LONDON_DAY.formatted("s.received_at"));

	private static final String OPENED_AND_CLOSED_MONTHS = """
			select distinct date_trunc('month', day)::date from (
			    select %s as day from support_case where received_at >= :since
			    union all
			    select closed_on from support_case where closed_on >= cast(:since as date)) changed
			""".formatted(LONDON_DAY.formatted("received_at"));

	private static final String FIRST_CONTACTS = """
			select s.case_id, c.area_id, %1$s as occurred_on, 1 as weight, greatest(0, %1$s - %2$s) as days
			from support_case s
			join case_file c on c.id = s.case_id
			where s.first_contact_at is not null
			""".formatted(LONDON_DAY.formatted("s.first_contact_at"), LONDON_DAY.formatted("s.received_at"));

	private static final String FIRST_CONTACT_MONTHS = """
			select distinct date_trunc('month', %s)::date from support_case where first_contact_at >= :since
			""".formatted(LONDON_DAY.formatted("first_contact_at"));

	/** Each exit matched with its case's intake ({@code i}), on the day the exit was recorded. */
	private static final String MATCHED_EXITS = """
			select s.case_id, c.area_id, %s as occurred_on, 1 as weight
			from support_outcome x
			join support_outcome i on i.support_case_id = x.support_case_id and i.stage = 'INTAKE'
			join support_case s on s.id = x.support_case_id
			join case_file c on c.id = s.case_id
			where x.stage = 'EXIT' and %%s
			""".formatted(LONDON_DAY.formatted("x.recorded_at"));

	private static final String EXIT_MONTHS = """
			select distinct date_trunc('month', %s)::date from support_outcome where stage = 'EXIT' and recorded_at >= :since
			""".formatted(LONDON_DAY.formatted("recorded_at"));

	private static final String ABUSE_AT_INTAKE = "not (i.physical = 'NONE' and i.sexual = 'NONE' "
			+ "and i.harassment_stalking = 'NONE' and i.jealous_controlling = 'NONE')";

	private static final String RISK_ORDER = "array_position(array['STANDARD', 'MEDIUM', 'HIGH'], %s.risk_level)";

	/** Referrals a perpetrator programme accepted, on the day it accepted them, with the engagement it recorded. */
	private static final String INTERVENTIONS = """
			select o.case_id, c.area_id, %s as occurred_on, 1 as weight, o.engagement
			from onward_referral o
			join directory_service d on d.id = o.service_id
			join case_file c on c.id = o.case_id
			where d.kind = 'PERPETRATOR_PROGRAMME' and o.status in ('ACCEPTED', 'CLOSED') and o.decided_at is not null
			""".formatted(LONDON_DAY.formatted("o.decided_at"));

	private static final String INTERVENTION_MONTHS = """
			select distinct date_trunc('month', %s)::date from onward_referral
			where decided_at >= :since or closed_at >= :since
			""".formatted(LONDON_DAY.formatted("decided_at"));

	private CaseworkMeasures() {
	}

	static List<Measure> all() {
		List<Breakdown> total = List.of(Breakdown.TOTAL);
		return List.of(
				new Measure(SUPPORT_OPENED_AND_CLOSED, "Cases opened (+1) and closed (-1) by services", OPENED_AND_CLOSED,
						OPENED_AND_CLOSED_MONTHS, List.of(Breakdown.TOTAL, Breakdown.SERVICE)),
				new Measure(DAYS_TO_FIRST_CONTACT, "Cases first contacted", FIRST_CONTACTS, FIRST_CONTACT_MONTHS,
						List.of(Breakdown.TOTAL, Breakdown.DAYS)),
				exits(EXITS_MATCHED, "Exits matched with an intake", "true"),
				exits(EXITS_ABUSE_AT_INTAKE, "Matched exits with abuse at intake", ABUSE_AT_INTAKE),
				exits(EXITS_ABUSE_STOPPED, "Matched exits where all abuse had stopped", ABUSE_AT_INTAKE
						+ " and x.physical = 'NONE' and x.sexual = 'NONE' and x.harassment_stalking = 'NONE' "
						+ "and x.jealous_controlling = 'NONE'"),
				exits(EXITS_SAFER, "Matched exits feeling safer", "x.feels_safe > i.feels_safe"),
				exits(EXITS_WELLBEING, "Matched exits with better wellbeing", "x.wellbeing > i.wellbeing"),
				exits(EXITS_QUALITY_OF_LIFE, "Matched exits with a better quality of life",
						"x.quality_of_life > i.quality_of_life"),
				exits(EXITS_RISK_REDUCED, "Matched exits at a lower risk level",
						RISK_ORDER.formatted("x") + " < " + RISK_ORDER.formatted("i")),
				new Measure(PERPETRATOR_INTERVENTIONS, "Perpetrators accepted onto a programme", INTERVENTIONS,
						INTERVENTION_MONTHS, List.of(Breakdown.TOTAL, Breakdown.ENGAGEMENT)));
	}

	private static Measure exits(String id, String label, String condition) {
		return new Measure(id, label, MATCHED_EXITS.formatted(condition), EXIT_MONTHS, List.of(Breakdown.TOTAL));
	}

}
