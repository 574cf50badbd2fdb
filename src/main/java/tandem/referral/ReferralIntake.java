package tandem.referral;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.Ids;
import tandem.agency.Actor;
import tandem.agency.AreaDirectory;
import tandem.agency.AreaDirectory.AreaRef;
import tandem.audit.AuditAction;
import tandem.audit.AuditEvent;
import tandem.audit.AuditLog;
import tandem.cases.CaseRegister;
import tandem.cases.CaseRegister.RegisteredCase;
import tandem.cases.NewCase;
import tandem.person.ContactKind;
import tandem.person.NewPerson;
import tandem.person.PersonRegister;
import tandem.person.PersonRegister.Registered;
import tandem.referral.NewReferral.Party;
import tandem.referral.Referrals.Referrer;
import tandem.risk.AreaRiskThresholds;
import tandem.risk.RepeatHistory;
import tandem.risk.RiskAssessment;
import tandem.risk.RiskHistory;
import tandem.risk.RiskInput;
import tandem.risk.RiskRules;

/**
 * Takes in one referral, all or nothing: finds or adds the people, applies the area's risk rules (with the repeat
 * history of the same victim and perpetrator), opens the case or adds to the pair's open one, routes it, and audits
 * every step in the same transaction.
 */
@Service
class ReferralIntake {

	private final AreaDirectory areas;

	private final PersonRegister people;

	private final CaseRegister cases;

	private final Referrals referrals;

	private final PairHistory pairHistory;

	private final AreaRiskThresholds thresholds;

	private final RiskHistory riskHistory;

	private final AuditLog audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ReferralIntake(AreaDirectory areas, PersonRegister people, CaseRegister cases, Referrals referrals,
			PairHistory pairHistory, AreaRiskThresholds thresholds, RiskHistory riskHistory, AuditLog audit, Clock clock,
			ApplicationEventPublisher events) {
		this.areas = areas;
		this.people = people;
		this.cases = cases;
		this.referrals = referrals;
		this.pairHistory = pairHistory;
		this.thresholds = thresholds;
		this.riskHistory = riskHistory;
		this.audit = audit;
		this.clock = clock;
		this.events = events;
	}

	/** The area named in a referral does not exist. */
	static final class UnknownArea extends RuntimeException {

		UnknownArea() {
			super("No area has this code");
		}

	}

	/**
	 * @param chosenRoute the referrer's choice for a referral below the threshold; ignored when it meets it
	 */
	@Transactional
	public ReferralOutcome submit(Actor actor, NewReferral referral, Channel channel, @Nullable Route chosenRoute) {
		AreaRef area = this.areas.areaByCode(referral.areaCode()).orElseThrow(UnknownArea::new);
		List<NewPerson> named = new ArrayList<>();
		named.add(person(referral.victim(), referral.victimPhone(), profile(referral.victimProfile())));
		referral.perpetrators().forEach(p -> named.add(person(p, null, NewPerson.Profile.NOT_GIVEN)));
		referral.children().forEach(c -> named.add(person(c, null, NewPerson.Profile.NOT_GIVEN)));
		List<Registered> registered = register(actor, named);
		Registered victim = registered.getFirst();
		List<NewCase.Perpetrator> perpetrators = new ArrayList<>();
		for (int i = 0; i < referral.perpetrators().size(); i++) {
			Party perpetrator = referral.perpetrators().get(i);
			perpetrators.add(new NewCase.Perpetrator(registered.get(1 + i).personId(),
					perpetrator.relationship() == null ? null : perpetrator.relationship().name()));
		}
		List<UUID> children = registered.subList(1 + perpetrators.size(), registered.size())
			.stream()
			.map(Registered::personId)
			.toList();
		List<UUID> perpetratorIds = perpetrators.stream().map(NewCase.Perpetrator::personId).toList();
		PairHistory.Pair pair = this.pairHistory.of(victim.personId(), perpetratorIds);
		RepeatHistory history = this.pairHistory.before(pair, referral.referredOn());
		RiskInput input = new RiskInput(referral.referredOn(), referral.dash(), referral.policeCalloutsLast12Months(),
				referral.judgement(), history, referral.daraGrading());
		RiskAssessment assessment = new RiskRules(this.thresholds.forArea(area.id())).assess(input);
		Route route = assessment.meetsMaracThreshold() ? Route.MARAC_AND_IDVA
				: Optional.ofNullable(chosenRoute).filter(r -> r != Route.MARAC_AND_IDVA).orElse(Route.TRIAGE);
		NewCase caseDetails = new NewCase(area.id(), area.code(), referral.referredOn(), victim.personId(), perpetrators,
				children, agenciesFor(actor, area, route), assessment.riskLevel());
		RegisteredCase theCase = this.cases.openCaseOf(pair.victim(), pair.perpetrators())
			.map(open -> this.cases.addTo(open, caseDetails))
			.orElseGet(() -> this.cases.open(caseDetails));
		UUID referralId = Ids.next();
		Instant now = Instant.now(this.clock);
		this.referrals.insert(referralId, theCase.id(), referral, referrer(actor), channel, assessment, route,
				victim.alreadyKnown(), now);
		this.riskHistory.record(new RiskHistory.Assessor(theCase.id(), referralId, referral.referredOn(),
				actor.agency().id(), actor.userId()), input, referral.dashAccount(), assessment, now);
		this.audit.record(AuditEvent.success(actor.asAuditActor(), theCase.opened() ? AuditAction.CREATE
				: AuditAction.CHANGE, "case", theCase.id()).inCase(theCase.id()));
		this.audit.record(AuditEvent.success(actor.asAuditActor(), AuditAction.CREATE, "referral", referralId)
			.inCase(theCase.id())
			.withDetail("route " + route.name() + ", risk " + assessment.riskLevel().name()));
		this.events.publishEvent(new ReferralRouted(referralId, theCase.id(), area.id(), route, now));
		if (route == Route.MARAC_AND_IDVA) {
			this.events.publishEvent(new MaracThresholdMet(theCase.id(), area.id(), referralId,
					referral.referredOn(), assessment.criteria().repeat()));
		}
		return this.referrals.outcome(referralId).orElseThrow();
	}

	/** Finds or adds everyone the referral names, at once, and audits each person added or changed. */
	private List<Registered> register(Actor actor, List<NewPerson> named) {
		List<Registered> registered = this.people.register(named);
		for (Registered person : registered) {
			if (!person.alreadyKnown() || person.changed()) {
				this.audit.record(AuditEvent.success(actor.asAuditActor(),
						person.alreadyKnown() ? AuditAction.CHANGE : AuditAction.CREATE, "person", person.personId()));
			}
		}
		return registered;
	}

	private static NewPerson person(Party party, NewReferral.@Nullable Contact phone, NewPerson.Profile profile) {
		List<NewPerson.NewContact> contacts = phone == null ? List.of()
				: List.of(new NewPerson.NewContact(ContactKind.PHONE, phone.number(), phone.safeToCall(), phone.safeTimes()));
		return new NewPerson(party.givenName(), party.familyName(),
				party.aliases().stream().map(a -> new NewPerson.Name(a.givenName(), a.familyName())).toList(),
				party.dateOfBirth(), party.gender() == null ? null : party.gender().name(), contacts, profile);
	}

	private static NewPerson.Profile profile(NewReferral.VictimProfile victim) {
		return new NewPerson.Profile(victim.firstLanguage(), victim.interpreterNeeded(), code(victim.ethnicity()),
				code(victim.disability()), code(victim.sexualOrientation()), code(victim.genderIdentity()),
				victim.religion());
	}

	private static @Nullable String code(@Nullable Enum<?> answer) {
		return answer == null ? null : answer.name();
	}

	/** The referring agency is involved from the start; the route may bring in the agency that takes the case. */
	private Set<UUID> agenciesFor(Actor actor, AreaRef area, Route route) {
		Set<UUID> agencies = new HashSet<>();
		agencies.add(actor.agency().id());
		route.sectorInvolved().flatMap(sector -> this.areas.agencyOfSector(area.id(), sector)).ifPresent(agencies::add);
		return agencies;
	}

	private static Referrer referrer(Actor actor) {
		return new Referrer(actor.agency().id(), actor.userId(),
				actor.kind() == Actor.Kind.API_CLIENT ? actor.name() : null);
	}

}
