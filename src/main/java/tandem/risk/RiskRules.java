package tandem.risk;

import java.util.ArrayList;
import java.util.List;

/**
 * Applies an area's thresholds to a referral: the Dash score, the four MARAC criteria and the risk level. The level
 * comes from the score (standard, medium, high) and is raised to high by professional judgement, potential
 * escalation or a repeat; nothing lowers it.
 */
public final class RiskRules {

	private final RiskThresholds thresholds;

	public RiskRules(RiskThresholds thresholds) {
		this.thresholds = thresholds;
	}

	/**
	 * With a DARA grading in place of the Dash, the officer's "high" is the visible high risk criterion and the
	 * grading is the level before the other criteria raise it; the empty checklist says nothing either way.
	 */
	public RiskAssessment assess(RiskInput input) {
		RiskLevel dara = input.daraGrading();
		int yes = input.dash().yesCount();
		int unknown = input.dash().unknownCount();
		boolean visibleHighRisk = dara == null ? yes >= this.thresholds.visibleHighRiskYesCount() : dara == RiskLevel.HIGH;
		MaracCriteria criteria = new MaracCriteria(visibleHighRisk, input.judgement().applies(),
				input.policeCalloutsLast12Months() >= this.thresholds.escalationCallouts(),
				input.history().isRepeat(input.referredOn(), this.thresholds));
		RiskLevel level = criteria.meetsThreshold() ? RiskLevel.HIGH : dara != null ? dara : levelFromScore(yes);
		boolean mayBeIncomplete = dara == null && !criteria.visibleHighRisk()
				&& yes + unknown >= this.thresholds.visibleHighRiskYesCount();
		return new RiskAssessment(yes, input.dash().answeredCount(), unknown, criteria, level, mayBeIncomplete,
				reasons(input, yes, unknown, criteria, mayBeIncomplete));
	}

	private RiskLevel levelFromScore(int yes) {
		return yes >= this.thresholds.mediumRiskYesCount() ? RiskLevel.MEDIUM : RiskLevel.STANDARD;
	}

	private List<String> reasons(RiskInput input, int yes, int unknown, MaracCriteria criteria, boolean mayBeIncomplete) {
		List<String> reasons = new ArrayList<>();
		reasons.add(input.daraGrading() != null ? daraReason(input.daraGrading())
				: yes + plural(yes, " yes answer", " yes answers") + (criteria.visibleHighRisk()
						? ": visible high risk (" + this.thresholds.visibleHighRiskYesCount() + " or more)"
						: ": below the visible high risk threshold of " + this.thresholds.visibleHighRiskYesCount()));
		if (criteria.professionalJudgement()) {
			reasons.add("Professional judgement: " + input.judgement().reason());
		}
		if (criteria.potentialEscalation()) {
			reasons.add(input.policeCalloutsLast12Months() + " police call-outs in the last 12 months: potential escalation ("
					+ this.thresholds.escalationCallouts() + " or more)");
		}
		if (criteria.repeat()) {
			reasons.add("Repeat: the same victim and perpetrator were referred to MARAC on "
					+ input.history().lastReferral().orElseThrow() + ", within " + this.thresholds.repeatWindow().toTotalMonths()
					+ " months");
		}
		if (mayBeIncomplete) {
			reasons.add(unknown + plural(unknown, " question was", " questions were")
					+ " not asked or answered \"don't know\": a low score is not evidence of low risk");
		}
		return reasons;
	}

	private static String daraReason(RiskLevel grading) {
		return "Police DARA grading: " + grading.label().toLowerCase(java.util.Locale.ROOT) + " risk"
				+ (grading == RiskLevel.HIGH ? " (visible high risk)" : "");
	}

	private static String plural(int count, String one, String many) {
		return count == 1 ? one : many;
	}

}
