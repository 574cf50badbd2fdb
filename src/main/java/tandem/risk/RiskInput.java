package tandem.risk;

import java.time.LocalDate;

/** Everything the risk rules look at for one referral or reassessment. */
public record RiskInput(LocalDate referredOn, DashChecklist dash, int policeCalloutsLast12Months,
		ProfessionalJudgement judgement, RepeatHistory history) {

	public RiskInput {
		if (policeCalloutsLast12Months < 0) {
			throw new IllegalArgumentException("Police call-outs cannot be negative");
		}
	}

}
