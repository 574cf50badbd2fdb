package tandem.referral;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import tandem.referral.NewReferral.Alias;
import tandem.referral.NewReferral.Consent;
import tandem.referral.NewReferral.Contact;
import tandem.referral.NewReferral.Gender;
import tandem.referral.NewReferral.LawfulBasis;
import tandem.referral.NewReferral.Party;
import tandem.referral.NewReferral.Relationship;
import tandem.referral.NewReferral.VictimProfile;
import tandem.risk.DashAnswer;
import tandem.risk.DashChecklist;
import tandem.risk.DashQuestion;
import tandem.risk.ProfessionalJudgement;
import tandem.risk.RiskHistory.DashAccount;
import tandem.risk.RiskLevel;

/**
 * Checks a referral request completely and either builds the {@link NewReferral} or lists every problem, each with
 * the field's path and a message that says what to do. Names are accepted in any script; limits on lengths and
 * counts keep one bad request from swamping a meeting agenda or the database.
 */
final class ReferralValidator {

	static final int MAX_NAME = 100;

	static final int MAX_TEXT = 2000;

	static final int MAX_PERPETRATORS = 10;

	static final int MAX_CHILDREN = 20;

	static final int MAX_ALIASES = 50;

	private static final Pattern AREA = Pattern.compile("[a-z][a-z0-9-]{1,39}");

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{6,20}");

	private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

	private final Clock clock;

	ReferralValidator(Clock clock) {
		this.clock = clock;
	}

	/** The outcome: a referral, or the problems that stop one. */
	record Result(Optional<NewReferral> referral, List<FieldProblem> problems) {
	}

	Result validate(ReferralRequest request) {
		Checks checks = new Checks();
		LocalDate today = LocalDate.now(this.clock);
		String area = checks.required("area", request.area(), "Enter the area the referral is for");
		if (area != null && !AREA.matcher(area).matches()) {
			checks.problem("area", "Enter the area's code, for example north");
		}
		LocalDate referredOn = request.referredOn() == null ? today : checks.date("referredOn", request.referredOn());
		if (referredOn != null && referredOn.isAfter(today)) {
			checks.problem("referredOn", "Referral date must be today or in the past");
		}
		LocalDate onOrBefore = referredOn == null ? today : referredOn;
		Party victim = victim(checks, request.victim(), onOrBefore);
		List<Party> perpetrators = parties(checks, "perpetrators", request.perpetrators(), MAX_PERPETRATORS, onOrBefore);
		List<Party> children = parties(checks, "children", request.children(), MAX_CHILDREN, onOrBefore);
		Contact phone = request.victim() == null ? null : phone(checks, request.victim().phone());
		VictimProfile profile = ProfileAndAccountChecks.victimProfile(checks, request.victim());
		DashChecklist dash = dash(checks, request.dash());
		RiskLevel dara = dara(checks, request);
		DashAccount account = ProfileAndAccountChecks.dashAccount(checks, request.dash());
		int callouts = callouts(checks, request.policeCalloutsLast12Months());
		ProfessionalJudgement judgement = judgement(checks, request.professionalJudgement());
		if (request.victimAwareOfReferral() == null) {
			checks.problem("victimAwareOfReferral", "Say whether the victim knows about this referral");
		}
		Consent consent = checks.choice("consent", request.consent(), Consent.class, "Say whether the victim consented");
		LawfulBasis basis = checks.choice("lawfulBasis", request.lawfulBasis(), LawfulBasis.class, null);
		if (consent != null && consent != Consent.GIVEN && basis == null && request.lawfulBasis() == null) {
			checks.problem("lawfulBasis", "Give the lawful basis for sharing without the victim's consent");
		}
		if (checks.problems.isEmpty()) {
			return new Result(Optional.of(new NewReferral(area, referredOn, victim, perpetrators, children, phone, profile,
					dash, account, callouts, judgement, request.victimAwareOfReferral(), consent, basis, dara)), List.of());
		}
		return new Result(Optional.empty(), List.copyOf(checks.problems));
	}

	private @Nullable Party victim(Checks checks, ReferralRequest.@Nullable Victim victim, LocalDate referredOn) {
		if (victim == null) {
			checks.problem("victim", "Enter the victim's details");
			return null;
		}
		List<Alias> aliases = new ArrayList<>();
		List<ReferralRequest.Name> given = victim.aliases() == null ? List.of() : victim.aliases();
		if (given.size() > MAX_ALIASES) {
			checks.problem("victim.aliases", "Enter at most " + MAX_ALIASES + " other names");
		}
		for (int i = 0; i < Math.min(given.size(), MAX_ALIASES); i++) {
			String path = "victim.aliases[" + i + "]";
			aliases.add(new Alias(checks.name(path + ".givenName", given.get(i).givenName()),
					checks.name(path + ".familyName", given.get(i).familyName())));
		}
		return party(checks, "victim", victim.givenName(), victim.familyName(), aliases, victim.dateOfBirth(),
				checks.choice("victim.gender", victim.gender(), Gender.class, null), null, referredOn);
	}

	private List<Party> parties(Checks checks, String path, @Nullable List<?> given, int max, LocalDate referredOn) {
		if (given == null) {
			return List.of();
		}
		if (given.size() > max) {
			checks.problem(path, "A referral can name at most " + max + " " + path + "; refer the others separately");
			return List.of();
		}
		List<Party> parties = new ArrayList<>();
		for (int i = 0; i < given.size(); i++) {
			String at = path + "[" + i + "]";
			if (given.get(i) instanceof ReferralRequest.Perpetrator p) {
				Relationship relationship = checks.choice(at + ".relationshipToVictim", p.relationshipToVictim(),
						Relationship.class, "Say how the perpetrator is related to the victim");
				parties.add(party(checks, at, p.givenName(), p.familyName(), List.of(), p.dateOfBirth(), null, relationship,
						referredOn));
			}
			else if (given.get(i) instanceof ReferralRequest.Child c) {
				parties.add(party(checks, at, c.givenName(), c.familyName(), List.of(), c.dateOfBirth(), null, null,
						referredOn));
			}
		}
		return parties;
	}

	private Party party(Checks checks, String path, @Nullable String givenName, @Nullable String familyName,
			List<Alias> aliases, @Nullable String dateOfBirth, @Nullable Gender gender,
			@Nullable Relationship relationship, LocalDate referredOn) {
		String given = checks.name(path + ".givenName", givenName);
		String family = checks.name(path + ".familyName", familyName);
		if (isBlank(givenName) && isBlank(familyName)) {
			checks.problem(path + ".givenName", "Enter a name, or the part of it that is known");
		}
		LocalDate born = dateOfBirth == null ? null : checks.date(path + ".dateOfBirth", dateOfBirth);
		if (born != null && born.isAfter(referredOn)) {
			checks.problem(path + ".dateOfBirth", "Date of birth must be on or before the referral date");
		}
		else if (born != null && born.isBefore(EARLIEST_BIRTH)) {
			checks.problem(path + ".dateOfBirth", "Date of birth must be after 1 January 1900");
		}
		return new Party(given, family, aliases, born, gender, relationship);
	}

	private static boolean isBlank(@Nullable String value) {
		return value == null || value.isBlank();
	}

	private @Nullable Contact phone(Checks checks, ReferralRequest.@Nullable Phone phone) {
		if (phone == null) {
			return null;
		}
		String number = checks.required("victim.phone.number", phone.number(), "Enter the phone number");
		if (number != null && !PHONE.matcher(number).matches()) {
			checks.problem("victim.phone.number", "Enter a phone number, like 07700 900123 or +44 7700 900123");
		}
		if (phone.safeToCall() == null) {
			checks.problem("victim.phone.safeToCall", "Say whether it is safe to call this number");
		}
		String safeTimes = checks.text("victim.phone.safeTimes", phone.safeTimes(), 200);
		return number == null || phone.safeToCall() == null ? null : new Contact(number, phone.safeToCall(), safeTimes);
	}

	private DashChecklist dash(Checks checks, ReferralRequest.@Nullable Dash dash) {
		Map<DashQuestion, DashAnswer> answers = new EnumMap<>(DashQuestion.class);
		Map<String, String> given = dash == null || dash.answers() == null ? Map.of() : dash.answers();
		for (Map.Entry<String, String> answer : given.entrySet()) {
			String path = "dash.answers." + answer.getKey();
			Optional<DashQuestion> question = DashQuestions.byKey(answer.getKey());
			if (question.isEmpty()) {
				checks.problem(path, "There is no question " + answer.getKey() + ": the checklist has questions q1 to q24");
				continue;
			}
			DashAnswer value = checks.choice(path, answer.getValue(), DashAnswer.class, null);
			if (value != null) {
				answers.put(question.get(), value);
			}
		}
		return new DashChecklist(answers);
	}

	/** A police DARA grading stands in place of the Dash (domain.md §1.7); an assessment is one or the other. */
	private static @Nullable RiskLevel dara(Checks checks, ReferralRequest request) {
		RiskLevel grading = checks.choice("daraGrading", request.daraGrading(), RiskLevel.class, null);
		boolean dashAnswered = request.dash() != null && request.dash().answers() != null
				&& !request.dash().answers().isEmpty();
		if (grading != null && dashAnswered) {
			checks.problem("daraGrading", "Give either the Dash answers or a DARA grading, not both");
		}
		return grading;
	}

	private static int callouts(Checks checks, @Nullable Integer given) {
		if (given == null) {
			return 0;
		}
		if (given < 0 || given > 1000) {
			checks.problem("policeCalloutsLast12Months", "Police call-outs must be a number from 0 to 1000");
			return 0;
		}
		return given;
	}

	private static ProfessionalJudgement judgement(Checks checks, ReferralRequest.@Nullable Judgement given) {
		if (given == null || !Boolean.TRUE.equals(given.applies())) {
			return ProfessionalJudgement.NONE;
		}
		if (isBlank(given.reason())) {
			checks.problem("professionalJudgement.reason", "Say why professional judgement makes this high risk");
			return ProfessionalJudgement.NONE;
		}
		String reason = checks.text("professionalJudgement.reason", given.reason(), MAX_TEXT);
		return reason == null ? ProfessionalJudgement.NONE : ProfessionalJudgement.because(reason);
	}

}
