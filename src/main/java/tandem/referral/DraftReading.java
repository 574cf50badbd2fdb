package tandem.referral;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import tandem.risk.DashQuestion;

/**
 * Reads a draft's typed answers into the same {@link ReferralRequest} the API receives, so that one validator judges
 * both. What only a page can get wrong (a date typed as three boxes, a number typed as words) is checked here, with
 * the GOV.UK wording; problems are keyed by the page's field ids.
 */
final class DraftReading {

	private final Map<String, String> answers;

	private final LocalDate today;

	private final List<FieldProblem> problems = new ArrayList<>();

	private DraftReading(Map<String, String> answers, LocalDate today) {
		this.answers = answers;
		this.today = today;
	}

	record Reading(ReferralRequest request, List<FieldProblem> problems) {
	}

	static Reading read(Map<String, String> answers, LocalDate today) {
		DraftReading reading = new DraftReading(answers, today);
		return new Reading(reading.request(), List.copyOf(reading.problems));
	}

	/** The id of the page field a validator path names: {@code perpetrators[0].givenName} → {@code perpetrators-0-givenName}. */
	static String fieldId(String path) {
		return path.replace("[", "-").replace("]", "").replace('.', '-');
	}

	private ReferralRequest request() {
		ReferralRequest.Phone phone = text("victim-phone-number") == null && yesNo("victim-phone-safeToCall") == null
				? null : new ReferralRequest.Phone(text("victim-phone-number"), yesNo("victim-phone-safeToCall"),
						text("victim-phone-safeTimes"));
		ReferralRequest.Victim victim = new ReferralRequest.Victim(text("victim-givenName"), text("victim-familyName"),
				aliases(), date("victim-dateOfBirth"), text("victim-gender"), phone, text("victim-firstLanguage"),
				yesNo("victim-interpreterNeeded"), equality());
		List<ReferralRequest.Perpetrator> perpetrators = new ArrayList<>();
		for (int i = 0; i < RepeatedAnswers.count(this.answers, "perpetrators"); i++) {
			String at = "perpetrators-" + i;
			perpetrators.add(new ReferralRequest.Perpetrator(text(at + "-givenName"), text(at + "-familyName"),
					date(at + "-dateOfBirth"), text(at + "-relationshipToVictim")));
		}
		List<ReferralRequest.Child> children = new ArrayList<>();
		for (int i = 0; i < RepeatedAnswers.count(this.answers, "children"); i++) {
			String at = "children-" + i;
			children.add(new ReferralRequest.Child(text(at + "-givenName"), text(at + "-familyName"),
					date(at + "-dateOfBirth")));
		}
		Map<String, String> dash = new LinkedHashMap<>();
		Map<String, String> sources = new LinkedHashMap<>();
		for (DashQuestion question : DashQuestion.values()) {
			String answer = text("dash-answers-" + question.key());
			if (answer != null) {
				dash.put(question.key(), answer);
			}
			String source = text("dash-sources-" + question.key());
			if (source != null) {
				sources.put(question.key(), source);
			}
		}
		Boolean judgement = yesNo("professionalJudgement-applies");
		return new ReferralRequest(text("area"), null, victim, perpetrators, children, new ReferralRequest.Dash(dash, sources,
				text("dash-victimView")),
				callouts(), judgement == null ? null : new ReferralRequest.Judgement(judgement,
						text("professionalJudgement-reason")),
				yesNo("victimAwareOfReferral"), text("consent"), text("lawfulBasis"), daraGrading());
	}

	private ReferralRequest.@Nullable Equality equality() {
		ReferralRequest.Equality equality = new ReferralRequest.Equality(text("victim-equality-ethnicity"),
				text("victim-equality-disability"), text("victim-equality-sexualOrientation"),
				text("victim-equality-genderIdentity"), text("victim-equality-religion"));
		return equality.equals(new ReferralRequest.Equality(null, null, null, null, null)) ? null : equality;
	}

	private List<ReferralRequest.Name> aliases() {
		String typed = text("victim-aliases");
		if (typed == null) {
			return List.of();
		}
		return typed.lines().map(String::strip).filter(line -> !line.isEmpty()).map(line -> {
			int space = line.lastIndexOf(' ');
			return space < 0 ? new ReferralRequest.Name(null, line)
					: new ReferralRequest.Name(line.substring(0, space).strip(), line.substring(space + 1));
		}).toList();
	}

	private @Nullable String text(String field) {
		String value = this.answers.get(field);
		return value == null || value.isBlank() ? null : value;
	}

	private @Nullable String daraGrading() {
		String grading = text("daraGrading");
		return JourneyChoices.NO_DARA_GRADING.equals(grading) ? null : grading;
	}

	private @Nullable Boolean yesNo(String field) {
		String value = text(field);
		return value == null ? null : "yes".equals(value);
	}

	private @Nullable Integer callouts() {
		String value = text("policeCalloutsLast12Months");
		if (value == null) {
			return null;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			this.problems.add(new FieldProblem("policeCalloutsLast12Months",
					"Police call-outs must be a whole number, like 2"));
			return null;
		}
	}

	/** A GOV.UK date input (day, month, year) as an ISO date, or a problem saying exactly what is wrong with it. */
	private @Nullable String date(String field) {
		String day = text(field + "-day");
		String month = text(field + "-month");
		String year = text(field + "-year");
		if (day == null && month == null && year == null) {
			return null;
		}
		String missing = day == null ? "a day" : month == null ? "a month" : year == null ? "a year" : null;
		if (missing != null) {
			return dateProblem(field, "Date of birth must include " + missing);
		}
		LocalDate date;
		try {
			date = LocalDate.of(Integer.parseInt(year.strip()), Integer.parseInt(month.strip()),
					Integer.parseInt(day.strip()));
		}
		catch (NumberFormatException | DateTimeException ex) {
			return dateProblem(field, "Date of birth must be a real date");
		}
		if (year.strip().length() != 4) {
			return dateProblem(field, "Year must include 4 numbers");
		}
		if (!date.isBefore(this.today)) {
			return dateProblem(field, "Date of birth must be in the past");
		}
		return date.toString();
	}

	private @Nullable String dateProblem(String field, String message) {
		this.problems.add(new FieldProblem(field, message));
		return null;
	}

}
