package tandem.risk;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Everything the risk rules look at for one referral or reassessment.
 *
 * @param daraGrading the referring officer's DARA grading, when the police assessed with DARA instead of the Dash
 * (domain.md §1.7); the checklist is then empty
 */
public record RiskInput(LocalDate referredOn, DashChecklist dash, int policeCalloutsLast12Months,
		ProfessionalJudgement judgement, RepeatHistory history, @Nullable RiskLevel daraGrading) {

	/** An assessment with the Dash risk checklist. */
	public RiskInput(LocalDate referredOn, DashChecklist dash, int policeCalloutsLast12Months,
			ProfessionalJudgement judgement, RepeatHistory history) {
		this(referredOn, dash, policeCalloutsLast12Months, judgement, history, null);
	}

	public RiskInput {
		if (policeCalloutsLast12Months < 0) {
			throw new IllegalArgumentException("Police call-outs cannot be negative");
		}
		if (daraGrading != null && dash.answeredCount() > 0) {
			throw new IllegalArgumentException("An assessment is made with the Dash or with DARA, not both");
		}
	}

}
