package tandem.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import tandem.reporting.Figure.Kind;

/**
 * Every figure Tandem reports, in the order the dashboard shows them: from referrals (here), from MARAC meetings
 * ({@link MaracFigures}) and from casework ({@link CaseworkFigures}).
 */
@Component
class FigureCatalogue {

	private static final String THRESHOLD_WORDS = "A referral meets the MARAC threshold when the assessment made with it "
			+ "does by the area's rules: enough \"yes\" answers on the Dash checklist (visible high risk), the "
			+ "referrer's professional judgement, potential escalation (police call-outs in the last 12 months) or a "
			+ "repeat referral.";

	private static final String NOT_HEARD = "This counts referrals to MARAC, not cases heard at a MARAC meeting (see "
			+ "\"Cases heard at MARAC\"): a case that was referred but never heard is counted.";

	private final List<Figure> figures;

	FigureCatalogue() {
		List<Breakdown> totalAndEquality = new ArrayList<>(List.of(Breakdown.TOTAL));
		totalAndEquality.addAll(Breakdown.equality());
		List<Breakdown> thresholdBreakdowns = new ArrayList<>(List.of(Breakdown.TOTAL, Breakdown.SECTOR));
		thresholdBreakdowns.addAll(Breakdown.equality());
		List<Figure> all = new ArrayList<>(List.of(
				new Figure("referrals", "Referrals received",
						"Every referral made to Tandem by an agency, on the date the referrer gave as the referral date. "
								+ "A victim referred twice is counted twice.",
						"Count of referrals whose referral date falls in the quarter, in the area of the case they were "
								+ "added to.",
						Kind.COUNT, Measures.REFERRALS, null, totalAndEquality,
						"Referrals made outside Tandem (by phone or e-mail and never entered) are not counted."),
				new Figure("referrals-by-source", "Referrals by referring agency",
						"Referrals received, split by the sector of the agency that made them.",
						"Count of referrals in the quarter, grouped by the referring agency's sector.", Kind.COUNT,
						Measures.REFERRALS, null, List.of(Breakdown.SECTOR, Breakdown.TOTAL),
						"Self-referrals cannot be told apart: Tandem only takes referrals from agencies."),
				new Figure("referrals-by-risk", "Referrals by risk level",
						"Referrals received, split by the risk level the Dash assessment made with each referral gave.",
						"Count of referrals in the quarter, grouped by the risk level of the assessment recorded with "
								+ "the referral. Later reassessments do not change it.",
						Kind.COUNT, Measures.REFERRALS, null, List.of(Breakdown.RISK_LEVEL, Breakdown.TOTAL),
						"A referral without an assessment is shown as \"Not recorded\"."),
				new Figure("marac-referrals", "Referrals meeting the MARAC threshold",
						THRESHOLD_WORDS + " Repeat referrals of the same victim and perpetrator are counted each time, "
								+ "as the SafeLives MARAC data set counts cases including repeats.",
						"Count of referrals in the quarter that met the area's MARAC threshold.", Kind.COUNT,
						Measures.THRESHOLD, null, thresholdBreakdowns, NOT_HEARD),
				new Figure("marac-referrals-per-10k", "MARAC-threshold referrals per 10,000 adult females",
						"Referrals meeting the MARAC threshold in the 12 months ending with the quarter, for every "
								+ "10,000 women and girls aged 16 and over living in the area. SafeLives' expected "
								+ "level is 40.",
						"Referrals meeting the threshold in the 12 months to the end of the quarter ÷ the adult female "
								+ "(16+) population the analyst recorded for the area × 10,000. For the whole "
								+ "partnership, only areas with a recorded population are included.",
						Kind.PER_10K_ADULT_FEMALES, Measures.THRESHOLD, null, List.of(Breakdown.TOTAL),
						NOT_HEARD + " An area without a recorded population has no rate."),
				new Figure("repeat-rate", "Repeat referrals to MARAC",
						"The share of referrals meeting the MARAC threshold that were repeats: the same victim and "
								+ "perpetrator were referred to MARAC within the area's repeat window (12 months by "
								+ "default) before this referral.",
						"Referrals meeting the threshold that were repeats ÷ referrals meeting the threshold, in the "
								+ "quarter, as a percentage.",
						Kind.PERCENT, Measures.THRESHOLD_REPEATS, Measures.THRESHOLD, List.of(Breakdown.TOTAL),
						"Whether a referral is a repeat is decided when it is made, from the referrals in Tandem; a "
								+ "referral made before Tandem was used is not known to it."),
				new Figure("partner-referrals", "MARAC referrals from partner agencies",
						"The share of referrals meeting the MARAC threshold made by agencies other than the police and "
								+ "IDVA services.",
						"Referrals meeting the threshold from agencies whose sector is neither police nor IDVA service "
								+ "÷ referrals meeting the threshold, in the quarter, as a percentage.",
						Kind.PERCENT, Measures.THRESHOLD_PARTNER, Measures.THRESHOLD, List.of(Breakdown.TOTAL),
						"SafeLives' exact definition of a partner agency referral was not confirmed; the split by "
								+ "sector (\"Referrals by referring agency\") lets any other definition be worked out."),
				new Figure("marac-children", "Children in the households of MARAC-threshold referrals",
						"The children recorded on the cases of referrals meeting the MARAC threshold.",
						"Sum, over referrals meeting the threshold in the quarter, of the children recorded on the "
								+ "referral's case. A case referred twice counts its children twice.",
						Kind.COUNT, Measures.THRESHOLD_CHILDREN, null, List.of(Breakdown.TOTAL),
						"Only children someone recorded are counted, as they are recorded on the case today.")));
		all.addAll(MaracFigures.all());
		all.addAll(CaseworkFigures.all());
		this.figures = List.copyOf(all);
	}

	List<Figure> all() {
		return this.figures;
	}

	Optional<Figure> byId(String id) {
		return this.figures.stream().filter(figure -> figure.id().equals(id)).findFirst();
	}

}
