package tandem.referral;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import tandem.risk.RiskLevel;

/**
 * What a referral came to, as {@code POST} and {@code GET /api/v1/referrals} report it (design/API.md; additions
 * only: the case reference, unknown answers, the reasons in words, the route, whether the victim was known, and the
 * tool the risk was assessed with: the Dash, or a police DARA grading, when {@code dash} counts nothing).
 */
record ReferralOutcome(UUID id, UUID caseId, String caseReference, Dash dash, Criteria criteria,
		boolean meetsMaracThreshold, RiskLevel riskLevel, List<String> reasons, Route route, boolean victimAlreadyKnown,
		String tool, String toolVersion, @Nullable RiskLevel daraGrading) {

	ReferralOutcome {
		reasons = List.copyOf(reasons);
	}

	/** @param unknown questions answered "don't know" or not asked: a low score made of them is not low risk */
	record Dash(int yesCount, int answered, int unknown) {
	}

	record Criteria(boolean visibleHighRisk, boolean professionalJudgement, boolean potentialEscalation,
			boolean repeat) {
	}

}
