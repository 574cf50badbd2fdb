package tandem.referral;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import tandem.risk.DashQuestion;

/**
 * The question pages of the referral journey, in order. Each page owns the draft's fields whose names start with one
 * of its roots, so a page's save replaces exactly its own answers and a problem found anywhere is shown on the page
 * that asks for the field.
 */
enum JourneyStep {

	AREA("area", "Area", List.of("area")),
	VICTIM("victim", "The victim", List.of("victim-givenName", "victim-familyName", "victim-aliases",
			"victim-dateOfBirth", "victim-gender")),
	CONTACT("contact", "Contacting the victim safely", List.of("victim-phone")),
	LANGUAGE("language", "Language and interpreter", List.of("victim-firstLanguage", "victim-interpreterNeeded")),
	EQUALITY("equality", "Equality monitoring", List.of("victim-equality")),
	PERPETRATORS("perpetrators", "Perpetrators", List.of("perpetrators")),
	CHILDREN("children", "Children and dependants", List.of("children")),
	DASH_1("dash-1", "Risk checklist: questions 1 to 6", dash(0)),
	DASH_2("dash-2", "Risk checklist: questions 7 to 12", dash(1)),
	DASH_3("dash-3", "Risk checklist: questions 13 to 18", dash(2)),
	DASH_4("dash-4", "Risk checklist: questions 19 to 24", dash(3)),
	RISK("risk", "Call-outs, professional judgement and the victim's view", List.of("daraGrading",
			"policeCalloutsLast12Months", "professionalJudgement", "dash-victimView")),
	CONSENT("consent", "Consent and sharing", List.of("victimAwareOfReferral", "consent", "lawfulBasis"));

	static final int QUESTIONS_PER_PAGE = 6;

	private final String slug;

	private final String title;

	private final List<String> roots;

	JourneyStep(String slug, String title, List<String> roots) {
		this.slug = slug;
		this.title = title;
		this.roots = roots;
	}

	public String slug() {
		return this.slug;
	}

	public String title() {
		return this.title;
	}

	/** Whether a draft field (or a problem's field id) belongs to this page. */
	boolean owns(String field) {
		return this.roots.stream().anyMatch(root -> field.equals(root) || field.startsWith(root + "-"));
	}

	/** The Dash questions this page asks, if it is a checklist page. */
	public List<DashQuestion> questions() {
		if (!this.slug.startsWith("dash-")) {
			return List.of();
		}
		int first = (ordinal() - DASH_1.ordinal()) * QUESTIONS_PER_PAGE;
		return Arrays.asList(DashQuestion.values()).subList(first, first + QUESTIONS_PER_PAGE);
	}

	Optional<JourneyStep> next() {
		return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
	}

	static Optional<JourneyStep> bySlug(String slug) {
		return Arrays.stream(values()).filter(step -> step.slug.equals(slug)).findFirst();
	}

	static Optional<JourneyStep> owning(String field) {
		return Arrays.stream(values()).filter(step -> step.owns(field)).findFirst();
	}

	private static List<String> dash(int page) {
		return IntStream.rangeClosed(page * QUESTIONS_PER_PAGE + 1, (page + 1) * QUESTIONS_PER_PAGE)
			.boxed()
			.flatMap(number -> Stream.of("dash-answers-q" + number, "dash-sources-q" + number))
			.toList();
	}

}
