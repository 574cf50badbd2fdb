package tandem.referral;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import tandem.referral.ReferralRequest.Dash;
import tandem.referral.ReferralRequest.Equality;
import tandem.referral.ReferralRequest.Judgement;
import tandem.referral.ReferralRequest.Perpetrator;
import tandem.referral.ReferralRequest.Phone;
import tandem.referral.ReferralRequest.Victim;
import tandem.risk.DashAnswer;
import tandem.risk.DashQuestion;
import tandem.risk.RiskLevel;

import static org.assertj.core.api.Assertions.assertThat;

class ReferralValidatorTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 9, 14);

	private final ReferralValidator validator = new ReferralValidator(
			Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Europe/London")).toInstant(), ZoneId.of("Europe/London")));

	@Test
	void aCompleteReferralIsAccepted() {
		ReferralValidator.Result result = this.validator.validate(valid());

		assertThat(result.problems()).isEmpty();
		NewReferral referral = result.referral().orElseThrow();
		assertThat(referral.referredOn()).isEqualTo(TODAY.minusDays(1));
		assertThat(referral.victim().familyName()).isEqualTo("Ashabeck");
		assertThat(referral.victimPhone().safeToCall()).isFalse();
		assertThat(referral.dash().answer(DashQuestion.Q1)).isEqualTo(DashAnswer.YES);
		assertThat(referral.dash().answer(DashQuestion.Q24)).isEqualTo(DashAnswer.NOT_ASKED);
		assertThat(referral.judgement().reason()).isEqualTo("Escalating threats since separation");
	}

	@Test
	void referralDateDefaultsToTodayAndMayNotBeInTheFuture() {
		assertThat(this.validator.validate(with(valid(), "referredOn", null)).referral().orElseThrow().referredOn())
			.isEqualTo(TODAY);
		assertThat(problems(with(valid(), "referredOn", "2026-09-15")))
			.containsExactly(new FieldProblem("referredOn", "Referral date must be today or in the past"));
	}

	@Test
	void impossibleAndMalformedDatesAreNamed() {
		ReferralRequest request = valid();
		Victim victim = victim("Amara", "Ashabeck", null, "2020-02-31", "FEMALE", null);
		assertThat(problems(withVictim(request, victim))).containsExactly(new FieldProblem("victim.dateOfBirth",
				"Enter a real date in the form YYYY-MM-DD, for example 1990-04-02"));
		assertThat(problems(withVictim(request, victim("Amara", "Ashabeck", null, "31/02/2020", null, null))))
			.extracting(FieldProblem::field).containsExactly("victim.dateOfBirth");
	}

	@Test
	void dateOfBirthAfterTheReferralIsRefused() {
		Victim victim = victim("Amara", "Ashabeck", null, "2026-09-14", "FEMALE", null);

		assertThat(problems(withVictim(valid(), victim))).containsExactly(
				new FieldProblem("victim.dateOfBirth", "Date of birth must be on or before the referral date"));
	}

	@Test
	void everyInvalidFieldIsListedAtOnce() {
		Map<String, String> answers = new LinkedHashMap<>();
		answers.put("q3", "MAYBE");
		answers.put("q25", "YES");
		ReferralRequest request = new ReferralRequest(null, "tomorrow", null, null, null, new Dash(answers, null, null), -1,
				new Judgement(true, " "), null, "PERHAPS", null, null);

		assertThat(problems(request)).extracting(FieldProblem::field).containsExactly("area", "referredOn", "victim",
				"dash.answers.q3", "dash.answers.q25", "policeCalloutsLast12Months", "professionalJudgement.reason",
				"victimAwareOfReferral", "consent");
	}

	@Test
	void aDashAnswerMustBeOneOfTheFour() {
		ReferralRequest request = withDash(valid(), Map.of("q3", "yes please"));

		assertThat(problems(request)).containsExactly(
				new FieldProblem("dash.answers.q3", "Must be one of YES, NO, DONT_KNOW, NOT_ASKED"));
	}

	@Test
	void judgementNeedsAReason() {
		ReferralRequest request = withJudgement(valid(), new Judgement(true, null));

		assertThat(problems(request)).containsExactly(new FieldProblem("professionalJudgement.reason",
				"Say why professional judgement makes this high risk"));
	}

	@Test
	void twoHundredPerpetratorsAreRefusedWithAClearLimit() {
		List<Perpetrator> many = Collections.nCopies(200, new Perpetrator("Rory", "Brackenholt", null, "EX_PARTNER"));

		assertThat(problems(withPerpetrators(valid(), many))).containsExactly(new FieldProblem("perpetrators",
				"A referral can name at most 10 perpetrators; refer the others separately"));
	}

	@Test
	void tenMegabytesInAFieldIsRefused() {
		String huge = "x".repeat(10 * 1024 * 1024);

		assertThat(problems(withJudgement(valid(), new Judgement(true, huge))))
			.containsExactly(new FieldProblem("professionalJudgement.reason", "Must be 2000 characters or fewer"));
	}

	@Test
	void namesInAnyScriptAndMarkupAreKeptExactlyAsText() {
		String rtl = "\u0641\u0627\u0637\u0645\u0629 \uD83D\uDC9C";
		Victim victim = victim(rtl, "<script>alert('x')</script>", null, "1990-04-02", "FEMALE", null);

		NewReferral referral = this.validator.validate(withVictim(valid(), victim)).referral().orElseThrow();

		assertThat(referral.victim().givenName()).isEqualTo(rtl);
		assertThat(referral.victim().familyName()).isEqualTo("<script>alert('x')</script>");
	}

	@Test
	void sharingWithoutConsentNeedsALawfulBasis() {
		ReferralRequest withoutConsent = withConsent(valid(), "NOT_GIVEN", null);

		assertThat(problems(withoutConsent)).containsExactly(new FieldProblem("lawfulBasis",
				"Give the lawful basis for sharing without the victim's consent"));
		assertThat(problems(withConsent(valid(), "NOT_GIVEN", "SAFEGUARDING_INDIVIDUALS_AT_RISK"))).isEmpty();
	}

	@Test
	void aPhoneNeedsToSayWhetherItIsSafeToCall() {
		Victim victim = victim("Amara", "Ashabeck", null, null, null, new Phone("07700 900123", null, null));

		assertThat(problems(withVictim(valid(), victim))).containsExactly(
				new FieldProblem("victim.phone.safeToCall", "Say whether it is safe to call this number"));
	}

	@Test
	void someoneMustHaveAName() {
		Victim nameless = victim(" ", null, null, null, null, null);

		assertThat(problems(withVictim(valid(), nameless))).containsExactly(
				new FieldProblem("victim.givenName", "Enter a name, or the part of it that is known"));
	}

	@Test
	void languageAndEqualityAnswersAreTakenAsCodes() {
		Victim victim = withProfile(valid().victim(), "Polish", true,
				new Equality("ASIAN_PAKISTANI", "PREFER_NOT_TO_SAY", "BISEXUAL", "NO", "Muslim"));

		NewReferral referral = this.validator.validate(withVictim(valid(), victim)).referral().orElseThrow();

		assertThat(referral.victimProfile()).isEqualTo(new NewReferral.VictimProfile("Polish", true,
				EqualityAnswers.Ethnicity.ASIAN_PAKISTANI, EqualityAnswers.Disability.PREFER_NOT_TO_SAY,
				EqualityAnswers.SexualOrientation.BISEXUAL, EqualityAnswers.GenderIdentity.NO, "Muslim"));
	}

	@Test
	void unknownEqualityCodesAndOverlongTextAreNamed() {
		Victim victim = withProfile(valid().victim(), "x".repeat(101), null,
				new Equality("BRITISH", "MAYBE", "straight", "SAME", "y".repeat(101)));

		assertThat(problems(withVictim(valid(), victim))).containsExactly(
				new FieldProblem("victim.firstLanguage", "Must be 100 characters or fewer"),
				new FieldProblem("victim.equality.ethnicity", "Must be one of ASIAN_BANGLADESHI, ASIAN_CHINESE, "
						+ "ASIAN_INDIAN, ASIAN_PAKISTANI, ASIAN_OTHER, BLACK_AFRICAN, BLACK_CARIBBEAN, BLACK_OTHER, "
						+ "MIXED_WHITE_ASIAN, MIXED_WHITE_BLACK_AFRICAN, MIXED_WHITE_BLACK_CARIBBEAN, MIXED_OTHER, "
						+ "WHITE_BRITISH, WHITE_IRISH, WHITE_GYPSY_OR_IRISH_TRAVELLER, WHITE_ROMA, WHITE_OTHER, "
						+ "OTHER_ARAB, OTHER_ANY, PREFER_NOT_TO_SAY"),
				new FieldProblem("victim.equality.disability", "Must be one of YES, NO, PREFER_NOT_TO_SAY"),
				new FieldProblem("victim.equality.sexualOrientation", "Must be one of STRAIGHT_OR_HETEROSEXUAL, "
						+ "GAY_OR_LESBIAN, BISEXUAL, OTHER, PREFER_NOT_TO_SAY"),
				new FieldProblem("victim.equality.genderIdentity", "Must be one of YES, NO, PREFER_NOT_TO_SAY"),
				new FieldProblem("victim.equality.religion", "Must be 100 characters or fewer"));
	}

	@Test
	void dashSourcesAndTheVictimsViewAreKept() {
		ReferralRequest request = withDash(valid(), new Dash(Map.of("q1", "YES"),
				Map.of("q1", "Police officer at the scene"), "She thinks he will kill her"));

		NewReferral referral = this.validator.validate(request).referral().orElseThrow();

		assertThat(referral.dashAccount().sources()).containsExactly(
				Map.entry(DashQuestion.Q1, "Police officer at the scene"));
		assertThat(referral.dashAccount().victimView()).isEqualTo("She thinks he will kill her");
	}

	@Test
	void sourcesForUnknownQuestionsAndOverlongTextAreRefused() {
		Map<String, String> sources = new LinkedHashMap<>();
		sources.put("q25", "Neighbour");
		sources.put("q2", "s".repeat(201));
		ReferralRequest request = withDash(valid(), new Dash(Map.of("q1", "YES"), sources, "v".repeat(2001)));

		assertThat(problems(request)).containsExactly(
				new FieldProblem("dash.sources.q25", "There is no question q25: the checklist has questions q1 to q24"),
				new FieldProblem("dash.sources.q2", "Must be 200 characters or fewer"),
				new FieldProblem("dash.victimView", "Must be 2000 characters or fewer"));
	}

	private static Victim victim(String givenName, String familyName, List<ReferralRequest.Name> aliases,
			String dateOfBirth, String gender, Phone phone) {
		return new Victim(givenName, familyName, aliases, dateOfBirth, gender, phone, null, null, null);
	}

	private static Victim withProfile(Victim v, String language, Boolean interpreter, Equality equality) {
		return new Victim(v.givenName(), v.familyName(), v.aliases(), v.dateOfBirth(), v.gender(), v.phone(), language,
				interpreter, equality);
	}

	@Test
	void takesAPoliceDaraGradingInPlaceOfTheDash() {
		var referral = this.validator.validate(withDara(valid(), null, "HIGH")).referral().orElseThrow();

		assertThat(referral.daraGrading()).isEqualTo(RiskLevel.HIGH);
		assertThat(referral.dash().answeredCount()).isZero();
	}

	@Test
	void refusesADaraGradingSentWithDashAnswers() {
		assertThat(problems(withDara(valid(), valid().dash(), "MEDIUM")))
			.containsExactly(new FieldProblem("daraGrading", "Give either the Dash answers or a DARA grading, not both"));
	}

	@Test
	void refusesADaraGradingThatIsNotARiskLevel() {
		assertThat(problems(withDara(valid(), null, "VERY_HIGH")))
			.containsExactly(new FieldProblem("daraGrading", "Must be one of STANDARD, MEDIUM, HIGH"));
	}

	private List<FieldProblem> problems(ReferralRequest request) {
		return this.validator.validate(request).problems();
	}

	private static ReferralRequest valid() {
		return new ReferralRequest("north", "2026-09-13",
				victim("Amara", "Ashabeck", List.of(new ReferralRequest.Name("Amy", null)), "1990-04-02", "FEMALE",
						new Phone("07700 900123", false, "weekday mornings")),
				List.of(new Perpetrator("Rory", "Brackenholt", "1988-11-30", "EX_PARTNER")),
				List.of(new ReferralRequest.Child("Finn", "Ashabeck", "2019-06-01")),
				new Dash(Map.of("q1", "YES", "q2", "NO", "q3", "DONT_KNOW", "q4", "NOT_ASKED"), null, null), 2,
				new Judgement(true, "Escalating threats since separation"), true, "GIVEN", null, null);
	}

	private static ReferralRequest with(ReferralRequest r, String field, String value) {
		return new ReferralRequest(r.area(), value, r.victim(), r.perpetrators(), r.children(), r.dash(),
				r.policeCalloutsLast12Months(), r.professionalJudgement(), r.victimAwareOfReferral(), r.consent(),
				r.lawfulBasis(), r.daraGrading());
	}

	private static ReferralRequest withVictim(ReferralRequest r, Victim victim) {
		return new ReferralRequest(r.area(), r.referredOn(), victim, r.perpetrators(), r.children(), r.dash(),
				r.policeCalloutsLast12Months(), r.professionalJudgement(), r.victimAwareOfReferral(), r.consent(),
				r.lawfulBasis(), r.daraGrading());
	}

	private static ReferralRequest withPerpetrators(ReferralRequest r, List<Perpetrator> perpetrators) {
		return new ReferralRequest(r.area(), r.referredOn(), r.victim(), perpetrators, r.children(), r.dash(),
				r.policeCalloutsLast12Months(), r.professionalJudgement(), r.victimAwareOfReferral(), r.consent(),
				r.lawfulBasis(), r.daraGrading());
	}

	private static ReferralRequest withDash(ReferralRequest r, Map<String, String> answers) {
		return withDash(r, new Dash(answers, null, null));
	}

	private static ReferralRequest withDash(ReferralRequest r, Dash dash) {
		return new ReferralRequest(r.area(), r.referredOn(), r.victim(), r.perpetrators(), r.children(), dash,
				r.policeCalloutsLast12Months(), r.professionalJudgement(), r.victimAwareOfReferral(), r.consent(),
				r.lawfulBasis(), r.daraGrading());
	}

	private static ReferralRequest withDara(ReferralRequest r, @Nullable Dash dash, String grading) {
		return new ReferralRequest(r.area(), r.referredOn(), r.victim(), r.perpetrators(), r.children(), dash,
				r.policeCalloutsLast12Months(), r.professionalJudgement(), r.victimAwareOfReferral(), r.consent(),
				r.lawfulBasis(), grading);
	}

	private static ReferralRequest withJudgement(ReferralRequest r, Judgement judgement) {
		return new ReferralRequest(r.area(), r.referredOn(), r.victim(), r.perpetrators(), r.children(), r.dash(),
				r.policeCalloutsLast12Months(), judgement, r.victimAwareOfReferral(), r.consent(), r.lawfulBasis(),
				r.daraGrading());
	}

	private static ReferralRequest withConsent(ReferralRequest r, String consent, String basis) {
		return new ReferralRequest(r.area(), r.referredOn(), r.victim(), r.perpetrators(), r.children(), r.dash(),
				r.policeCalloutsLast12Months(), r.professionalJudgement(), r.victimAwareOfReferral(), consent, basis,
				r.daraGrading());
	}

}
