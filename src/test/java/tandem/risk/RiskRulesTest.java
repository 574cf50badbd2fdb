package tandem.risk;

import java.time.LocalDate;
import java.time.Period;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static tandem.risk.DashChecklists.aChecklist;

class RiskRulesTest {

	private static final LocalDate REFERRED_ON = LocalDate.of(2026, 9, 14);

	private final RiskRules rules = new RiskRules(RiskThresholds.SAFELIVES_DEFAULTS);

	@ParameterizedTest(name = "{0} yes answers: visible high risk {1}, level {2}")
	@CsvSource({ "0, false, STANDARD", "9, false, STANDARD", "10, false, MEDIUM", "13, false, MEDIUM",
			"14, true, HIGH", "24, true, HIGH" })
	void scoreDecidesVisibleHighRiskAndTheLevel(int yes, boolean visibleHighRisk, RiskLevel level) {
		RiskAssessment assessment = assess(aChecklist().withYes(yes).withNo(24 - yes).build(), 0, ProfessionalJudgement.NONE,
				RepeatHistory.NONE);

		assertThat(assessment.yesCount()).isEqualTo(yes);
		assertThat(assessment.criteria().visibleHighRisk()).isEqualTo(visibleHighRisk);
		assertThat(assessment.meetsMaracThreshold()).isEqualTo(visibleHighRisk);
		assertThat(assessment.riskLevel()).isEqualTo(level);
	}

	@ParameterizedTest(name = "{0} call-outs: potential escalation {1}")
	@CsvSource({ "0, false", "2, false", "3, true", "12, true" })
	void policeCalloutsDecidePotentialEscalation(int callouts, boolean escalation) {
		RiskAssessment assessment = assess(aChecklist().withYes(2).withNo(22).build(), callouts,
				ProfessionalJudgement.NONE, RepeatHistory.NONE);

		assertThat(assessment.criteria().potentialEscalation()).isEqualTo(escalation);
		assertThat(assessment.riskLevel()).isEqualTo(escalation ? RiskLevel.HIGH : RiskLevel.STANDARD);
	}

	@ParameterizedTest(name = "last referral {0} days before: repeat {1}")
	@CsvSource({ "0, true", "364, true", "365, true", "366, false", "700, false" })
	void repeatWhenTheSamePairWasReferredWithinTwelveMonths(int daysBefore, boolean repeat) {
		RiskAssessment assessment = assess(aChecklist().withNo(24).build(), 0, ProfessionalJudgement.NONE,
				RepeatHistory.lastReferredOn(REFERRED_ON.minusDays(daysBefore)));

		assertThat(assessment.criteria().repeat()).isEqualTo(repeat);
		assertThat(assessment.riskLevel()).isEqualTo(repeat ? RiskLevel.HIGH : RiskLevel.STANDARD);
	}

	@Test
	void twelveMonthsSpanALeapDayInclusively() {
		LocalDate referredOn = LocalDate.of(2028, 3, 1);

		assertThat(isRepeat(referredOn, LocalDate.of(2027, 3, 1))).isTrue();
		assertThat(isRepeat(referredOn, LocalDate.of(2027, 2, 28))).isFalse();
	}

	@Test
	void aDifferentPerpetratorHasNoHistoryAndSoIsNotARepeat() {
		// The pair is the case key: the caller gives only the history of this victim with this perpetrator.
		RiskAssessment withNewPerpetrator = assess(aChecklist().withNo(24).build(), 0, ProfessionalJudgement.NONE,
				RepeatHistory.NONE);

		assertThat(withNewPerpetrator.criteria().repeat()).isFalse();
	}

	@Test
	void aReferralDatedAfterTheNewOneIsNotItsHistory() {
		assertThat(isRepeat(REFERRED_ON, REFERRED_ON.plusDays(1))).isFalse();
	}

	@Test
	void olderDefinitionCountsOnlyIncidentsThatWouldBeCriminal() {
		RiskRules older = new RiskRules(new RiskThresholds(14, 10, 3, Period.ofMonths(12),
				RepeatDefinition.CRIMINAL_BEHAVIOUR_ONLY));
		LocalDate last = REFERRED_ON.minusMonths(3);

		assertThat(older.assess(input(new RepeatHistory(last, false))).criteria().repeat()).isFalse();
		assertThat(older.assess(input(new RepeatHistory(last, true))).criteria().repeat()).isTrue();
		assertThat(this.rules.assess(input(new RepeatHistory(last, false))).criteria().repeat()).isTrue();
	}

	@ParameterizedTest(name = "judgement with {0} yes answers gives HIGH")
	@CsvSource({ "0", "11", "20" })
	void professionalJudgementOnlyRaisesTheLevel(int yes) {
		RiskAssessment assessment = assess(aChecklist().withYes(yes).withNo(24 - yes).build(), 0,
				ProfessionalJudgement.because("Victim reports escalating threats since separation"), RepeatHistory.NONE);

		assertThat(assessment.criteria().professionalJudgement()).isTrue();
		assertThat(assessment.meetsMaracThreshold()).isTrue();
		assertThat(assessment.riskLevel()).isEqualTo(RiskLevel.HIGH);
		assertThat(assessment.reasons()).contains("Professional judgement: Victim reports escalating threats since separation");
	}

	@Test
	void judgementWithoutAReasonIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ProfessionalJudgement(true, "  "))
			.withMessage("Professional judgement needs a reason");
	}

	@Test
	void missingAnswersCountAsNotAskedAndAreNotEvidenceOfLowRisk() {
		DashChecklist checklist = aChecklist().withYes(5).withNo(3).withDontKnow(6).build();

		RiskAssessment assessment = assess(checklist, 0, ProfessionalJudgement.NONE, RepeatHistory.NONE);

		assertThat(checklist.answer(DashQuestion.Q24)).isEqualTo(DashAnswer.NOT_ASKED);
		assertThat(assessment.answered()).isEqualTo(14);
		assertThat(assessment.unknownAnswers()).isEqualTo(16);
		assertThat(assessment.riskLevel()).isEqualTo(RiskLevel.STANDARD);
		assertThat(assessment.lowScoreMayBeIncomplete()).isTrue();
		assertThat(assessment.reasons()).contains(
				"16 questions were not asked or answered \"don't know\": a low score is not evidence of low risk");
	}

	@Test
	void aFullyAnsweredLowScoreIsNotFlaggedAsIncomplete() {
		RiskAssessment assessment = assess(aChecklist().withYes(3).withNo(21).build(), 0, ProfessionalJudgement.NONE,
				RepeatHistory.NONE);

		assertThat(assessment.lowScoreMayBeIncomplete()).isFalse();
		assertThat(assessment.reasons()).containsExactly("3 yes answers: below the visible high risk threshold of 14");
	}

	@Test
	void reasonsExplainEveryCriterionMet() {
		RiskAssessment assessment = assess(aChecklist().withYes(15).withNo(9).build(), 4, ProfessionalJudgement.NONE,
				RepeatHistory.lastReferredOn(LocalDate.of(2026, 2, 1)));

		assertThat(assessment.reasons()).containsExactly("15 yes answers: visible high risk (14 or more)",
				"4 police call-outs in the last 12 months: potential escalation (3 or more)",
				"Repeat: the same victim and perpetrator were referred to MARAC on 2026-02-01, within 12 months");
	}

	@Test
	void anAreaMaySetItsOwnThresholds() {
		RiskRules local = new RiskRules(new RiskThresholds(12, 8, 5, Period.ofMonths(12), RepeatDefinition.ANY_ABUSE));

		RiskAssessment assessment = local.assess(new RiskInput(REFERRED_ON, aChecklist().withYes(12).build(), 4,
				ProfessionalJudgement.NONE, RepeatHistory.NONE));

		assertThat(assessment.criteria().visibleHighRisk()).isTrue();
		assertThat(assessment.criteria().potentialEscalation()).isFalse();
	}

	@Test
	void thresholdsOutsideTheChecklistAreRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RiskThresholds(25, 10, 3, Period.ofMonths(12), RepeatDefinition.ANY_ABUSE));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RiskThresholds(14, 15, 3, Period.ofMonths(12), RepeatDefinition.ANY_ABUSE));
	}

	@ParameterizedTest(name = "DARA {0}: visible high risk {1}, level {2}")
	@CsvSource({ "STANDARD, false, STANDARD", "MEDIUM, false, MEDIUM", "HIGH, true, HIGH" })
	void aPoliceDaraGradingStandsInPlaceOfTheScore(RiskLevel grading, boolean visibleHighRisk, RiskLevel level) {
		RiskAssessment assessment = this.rules.assess(new RiskInput(REFERRED_ON, aChecklist().build(), 0,
				ProfessionalJudgement.NONE, RepeatHistory.NONE, grading));

		assertThat(assessment.criteria().visibleHighRisk()).isEqualTo(visibleHighRisk);
		assertThat(assessment.meetsMaracThreshold()).isEqualTo(visibleHighRisk);
		assertThat(assessment.riskLevel()).isEqualTo(level);
		assertThat(assessment.lowScoreMayBeIncomplete()).as("an empty Dash beside a DARA grading is not a low score")
			.isFalse();
		assertThat(assessment.reasons().getFirst()).startsWith("Police DARA grading: " + level.label().toLowerCase());
	}

	@Test
	void otherCriteriaRaiseADaraGradingAsTheyRaiseAScore() {
		RiskAssessment assessment = this.rules.assess(new RiskInput(REFERRED_ON, aChecklist().build(), 3,
				ProfessionalJudgement.NONE, RepeatHistory.NONE, RiskLevel.STANDARD));

		assertThat(assessment.riskLevel()).isEqualTo(RiskLevel.HIGH);
		assertThat(assessment.criteria().potentialEscalation()).isTrue();
	}

	@Test
	void anAssessmentIsMadeWithTheDashOrWithDaraNotBoth() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RiskInput(REFERRED_ON, aChecklist().withYes(3).build(),
				0, ProfessionalJudgement.NONE, RepeatHistory.NONE, RiskLevel.HIGH));
	}

	private boolean isRepeat(LocalDate referredOn, LocalDate last) {
		return this.rules.assess(new RiskInput(referredOn, aChecklist().build(), 0, ProfessionalJudgement.NONE,
				RepeatHistory.lastReferredOn(last))).criteria().repeat();
	}

	private RiskInput input(RepeatHistory history) {
		return new RiskInput(REFERRED_ON, aChecklist().withNo(24).build(), 0, ProfessionalJudgement.NONE, history);
	}

	private RiskAssessment assess(DashChecklist dash, int callouts, ProfessionalJudgement judgement, RepeatHistory history) {
		return this.rules.assess(new RiskInput(REFERRED_ON, dash, callouts, judgement, history));
	}

}
