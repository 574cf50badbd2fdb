package tandem.referral;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import tandem.risk.DashAnswer;
import tandem.risk.DashChecklist;
import tandem.risk.DashQuestion;
import tandem.risk.ProfessionalJudgement;
import tandem.risk.RiskHistory.DashAccount;

/**
 * Reads the reassessment page: why the risk is being looked at again, the 24 Dash answers (unanswered means not
 * asked) with their sources, the victim's view, police call-outs and professional judgement, with the same field
 * names and messages as the referral pages, whose checklist markup it shares.
 */
record ReassessmentForm(Occasion occasion, DashChecklist dash, DashAccount account, int policeCallouts,
		ProfessionalJudgement judgement) {

	/** Why the risk is being assessed again. */
	enum Occasion {

		NEW_INCIDENT("After a new incident"), REVIEW("At a planned review"), CHANGE_OF_CIRCUMSTANCES(
				"After a change, such as separation, pregnancy or a move");

		private final String label;

		Occasion(String label) {
			this.label = label;
		}

		String label() {
			return this.label;
		}

		static Map<String, String> choices() {
			Map<String, String> choices = new LinkedHashMap<>();
			for (Occasion occasion : values()) {
				choices.put(occasion.name(), occasion.label);
			}
			return choices;
		}

	}

	/** The form, or the problems keyed by field id in page order, ready for the error summary. */
	record Reading(Optional<ReassessmentForm> form, Map<String, String> errors) {
	}

	static Reading read(Map<String, String> typed) {
		Checks checks = new Checks();
		Occasion occasion = checks.choice("occasion", typed.get("occasion"), Occasion.class,
				"Say why you are assessing the risk again");
		Map<DashQuestion, DashAnswer> answers = new EnumMap<>(DashQuestion.class);
		Map<DashQuestion, String> sources = new EnumMap<>(DashQuestion.class);
		for (DashQuestion question : DashQuestion.values()) {
			String source = checks.text("dash-sources-" + question.key(), typed.get("dash-sources-" + question.key()),
					ProfileAndAccountChecks.MAX_SOURCE);
			if (source != null) {
				sources.put(question, source);
			}
			DashAnswer answer = checks.choice("dash-answers-" + question.key(), typed.get("dash-answers-" + question.key()),
					DashAnswer.class, null);
			if (answer != null) {
				answers.put(question, answer);
			}
		}
		String victimView = checks.text("dash-victimView", typed.get("dash-victimView"), ReferralValidator.MAX_TEXT);
		int callouts = callouts(checks, typed.get("policeCalloutsLast12Months"));
		ProfessionalJudgement judgement = judgement(checks, typed.get("professionalJudgement-applies"),
				typed.get("professionalJudgement-reason"));
		Map<String, String> errors = new LinkedHashMap<>();
		checks.problems.forEach(problem -> errors.putIfAbsent(problem.field(), problem.message()));
		return errors.isEmpty()
				? new Reading(Optional.of(new ReassessmentForm(occasion, new DashChecklist(answers),
						new DashAccount(sources, victimView), callouts, judgement)), Map.of())
				: new Reading(Optional.empty(), errors);
	}

	private static int callouts(Checks checks, @Nullable String typed) {
		if (typed == null || typed.isBlank()) {
			return 0;
		}
		try {
			int callouts = Integer.parseInt(typed.strip());
			if (callouts >= 0 && callouts <= 1000) {
				return callouts;
			}
		}
		catch (NumberFormatException ex) {
			// Reported below with the range, as for an out-of-range number.
		}
		checks.problem("policeCalloutsLast12Months", "Police call-outs must be a whole number from 0 to 1000");
		return 0;
	}

	private static ProfessionalJudgement judgement(Checks checks, @Nullable String applies, @Nullable String reason) {
		if (!"yes".equals(applies)) {
			return ProfessionalJudgement.NONE;
		}
		if (reason == null || reason.isBlank()) {
			checks.problem("professionalJudgement-reason", "Say why professional judgement makes this high risk");
			return ProfessionalJudgement.NONE;
		}
		String kept = checks.text("professionalJudgement-reason", reason, ReferralValidator.MAX_TEXT);
		return kept == null ? ProfessionalJudgement.NONE : ProfessionalJudgement.because(kept);
	}

	/** The Dash questions the shared checklist fragment shows: all 24 on one page, for professionals at a desk. */
	record AllQuestions(List<DashQuestion> questions) {

		static final AllQuestions ALL = new AllQuestions(List.of(DashQuestion.values()));

	}

}
