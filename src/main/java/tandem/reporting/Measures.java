package tandem.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The measures Tandem counts: from referrals, their Dash assessment and the victim's record (here), from MARAC meetings
 * ({@link MaracMeasures}) and from casework ({@link CaseworkMeasures}).
 */
@Component
class Measures {

	/**
	 * A referral with its case's area, the referring agency's sector, the risk level its own assessment gave and the
	 * victim's equality answers as they stand now (a victim's later answers replace earlier ones on their record).
	 */
	private static final String REFERRAL_FACTS = """
			select r.case_id, c.area_id, r.referred_on as occurred_on, %s as weight, ag.sector,
			       (select ra.risk_level from risk_assessment ra where ra.referral_id = r.id
			        order by ra.created_at limit 1) as risk_level,
			       v.ethnicity, v.gender, v.date_of_birth, v.disability, v.sexual_orientation, v.gender_identity,
			       v.first_language, v.interpreter_needed
			from referral r
			join case_file c on c.id = r.case_id
			join agency ag on ag.id = r.referring_agency_id
			left join lateral (
			    select p.* from case_party cp join person p on p.id = cp.person_id
			    where cp.case_id = r.case_id and cp.role = 'VICTIM' order by p.created_at limit 1) v on true
			where %s
			""";

	private static final String REFERRAL_MONTHS = """
			select distinct date_trunc('month', referred_on)::date from referral where created_at >= :since
			""";

	static final String REFERRALS = "referrals";

	static final String THRESHOLD = "marac-threshold";

	static final String THRESHOLD_REPEATS = "marac-threshold-repeats";

	static final String THRESHOLD_PARTNER = "marac-threshold-partner";

	static final String THRESHOLD_CHILDREN = "marac-threshold-children";

	private final List<Measure> all;

	Measures() {
		List<Breakdown> everything = new ArrayList<>(List.of(Breakdown.TOTAL, Breakdown.SECTOR, Breakdown.RISK_LEVEL));
		everything.addAll(Breakdown.equality());
		List<Breakdown> equalityAndSource = new ArrayList<>(List.of(Breakdown.TOTAL, Breakdown.SECTOR));
		equalityAndSource.addAll(Breakdown.equality());
		List<Measure> measures = new ArrayList<>(List.of(referralMeasure(REFERRALS, "Referrals", "1", "true", everything),
				referralMeasure(THRESHOLD, "Referrals meeting the MARAC threshold", "1", "r.meets_marac_threshold",
						equalityAndSource),
				referralMeasure(THRESHOLD_REPEATS, "Repeat referrals meeting the threshold", "1",
						"r.meets_marac_threshold and r.repeat_referral", List.of(Breakdown.TOTAL, Breakdown.SECTOR)),
				referralMeasure(THRESHOLD_PARTNER, "Referrals meeting the threshold from partner agencies", "1",
						"r.meets_marac_threshold and ag.sector not in ('police', 'idva')", List.of(Breakdown.TOTAL)),
				// Children recorded on the case now: a child added after the referral is counted too.
				referralMeasure(THRESHOLD_CHILDREN, "Children in the households of referrals meeting the threshold",
						"(select count(*) from case_party ch where ch.case_id = r.case_id and ch.role = 'CHILD')",
						"r.meets_marac_threshold", List.of(Breakdown.TOTAL))));
		measures.addAll(MaracMeasures.all());
		measures.addAll(CaseworkMeasures.all());
		this.all = List.copyOf(measures);
	}

	List<Measure> all() {
		return this.all;
	}

	Optional<Measure> byId(String id) {
		return this.all.stream().filter(measure -> measure.id().equals(id)).findFirst();
	}

	Measure get(String id) {
		return byId(id).orElseThrow(() -> new IllegalArgumentException("No measure " + id));
	}

	private static Measure referralMeasure(String id, String label, String weight, String condition,
			List<Breakdown> breakdowns) {
		return new Measure(id, label, REFERRAL_FACTS.formatted(weight, condition), REFERRAL_MONTHS, breakdowns);
	}

}
