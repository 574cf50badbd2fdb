package tandem.matching;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewFormTest {

	@Test
	void aDecisionNeedsAKnownAnswerAndAReason() {
		assertThat(new ReviewForm("", " ", 0).decisionErrors()).containsOnlyKeys("decision", "reason");
		assertThat(new ReviewForm("MAYBE", "Checked", 0).decisionErrors()).containsOnlyKeys("decision");
		assertThat(new ReviewForm("SAME", "Checked", 0).decisionErrors()).isEmpty();
		assertThat(new ReviewForm("DIFFERENT", "x".repeat(ReviewForm.REASON_LIMIT + 1), 0).decisionErrors())
			.containsEntry("reason", "Reason must be 2000 characters or fewer");
	}

	@Test
	void aSeparationNeedsOnlyAReason() {
		assertThat(new ReviewForm("", "", 3).reasonErrors("Enter why")).containsEntry("reason", "Enter why");
		assertThat(new ReviewForm("", "Twins", 3).reasonErrors("Enter why")).isEmpty();
	}

	@Test
	void theAnswersAreOfferedYesFirst() {
		assertThat(ReviewForm.decisions()).containsKeys("SAME", "DIFFERENT");
		assertThat(ReviewForm.decisions().keySet()).first().isEqualTo("SAME");
		assertThat(new ReviewForm("SAME", "x", 0).same()).isTrue();
		assertThat(new ReviewForm("DIFFERENT", "x", 0).same()).isFalse();
	}

	@Test
	void theProbabilityIsPutInWords() {
		assertThat(MatchProposal.likelihood(0.9995)).isEqualTo("Almost certainly the same person");
		assertThat(MatchProposal.likelihood(0.96)).isEqualTo("Very likely the same person");
		assertThat(MatchProposal.likelihood(0.85)).isEqualTo("Likely the same person");
		assertThat(MatchProposal.likelihood(MatchProposals.PROBABLE)).isEqualTo("More likely than not the same person");
	}

}
