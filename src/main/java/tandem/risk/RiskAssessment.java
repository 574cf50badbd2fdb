package tandem.risk;

import java.util.List;

/**
 * The outcome of the rules, with the reasons in plain words ("15 yes answers: visible high risk") so that the person
 * referring sees why, not only what.
 *
 * @param unknownAnswers questions answered "don't know" or not asked
 * @param lowScoreMayBeIncomplete the score is under the high-risk threshold but enough answers are unknown that
 * it could have reached it: not evidence of low risk
 */
public record RiskAssessment(int yesCount, int answered, int unknownAnswers, MaracCriteria criteria,
		RiskLevel riskLevel, boolean lowScoreMayBeIncomplete, List<String> reasons) {

	public RiskAssessment {
		reasons = List.copyOf(reasons);
	}

	public boolean meetsMaracThreshold() {
		return this.criteria.meetsThreshold();
	}

}
