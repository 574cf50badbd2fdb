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
		Registered victim = register(actor, referral.victim(), referral.victimPhone(), profile(referral.victimProfile()));
		List<NewCase.Perpetrator> perpetrators = new ArrayList<>();
		for (Party perpetrator : referral.perpetrators()) {
			UUID id = register(actor, perpetrator, null, NewPerson.Profile.NOT_GIVEN).personId();
			perpetrators.add(new NewCase.Perpetrator(id, perpetrator.relationship() == null ? null
					: perpetrator.relationship().name()));
		}
		List<UUID> children = new ArrayList<>();
		for (Party child : referral.children()) {
			children.add(register(actor, child, null, NewPerson.Profile.NOT_GIVEN).personId());
		}
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
		RegisteredCase registered = this.cases.openCaseOf(pair.victim(), pair.perpetrators())
			.map(open -> this.cases.addTo(open, caseDetails))
			.orElseGet(() -> this.cases.open(caseDetails));
		UUID referralId = Ids.next();
		Instant now = Instant.now(this.clock);
		this.referrals.insert(referralId, registered.id(), referral, referrer(actor), channel, assessment, route,
				victim.alreadyKnown(), now);
		this.riskHistory.record(new RiskHistory.Assessor(registered.id(), referralId, referral.referredOn(),
				actor.agency().id(), actor.userId()), input, referral.dashAccount(), assessment, now);
		this.audit.record(AuditEvent.success(actor.asAuditActor(), registered.opened() ? AuditAction.CREATE
				: AuditAction.CHANGE, "case", registered.id()).inCase(registered.id()));
		this.audit.record(AuditEvent.success(actor.asAuditActor(), AuditAction.CREATE, "referral", referralId)
			.inCase(registered.id())
			.withDetail("route " + route.name() + ", risk " + assessment.riskLevel().name()));
		this.events.publishEvent(new ReferralRouted(referralId, registered.id(), area.id(), route, now));
		if (route == Route.MARAC_AND_IDVA) {
			this.events.publishEvent(new MaracThresholdMet(registered.id(), area.id(), referralId,
					referral.referredOn(), assessment.criteria().repeat()));
		}
		return this.referrals.outcome(referralId).orElseThrow();
	}

	private Registered register(Actor actor, Party party, NewReferral.@Nullable Contact phone,
			NewPerson.Profile profile) {
		List<NewPerson.NewContact> contacts = phone == null ? List.of()
				: List.of(new NewPerson.NewContact(ContactKind.PHONE, phone.number(), phone.safeToCall(), phone.safeTimes()));
		Registered registered = this.people.register(new NewPerson(party.givenName(), party.familyName(),
				party.aliases().stream().map(a -> new NewPerson.Name(a.givenName(), a.familyName())).toList(),
				party.dateOfBirth(), party.gender() == null ? null : party.gender().name(), contacts, profile));
		if (!registered.alreadyKnown() || registered.changed()) {
			this.audit.record(AuditEvent.success(actor.asAuditActor(),
					registered.alreadyKnown() ? AuditAction.CHANGE : AuditAction.CREATE, "person", registered.personId()));
		}
		return registered;
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
