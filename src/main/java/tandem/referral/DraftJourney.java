package tandem.referral;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import tandem.Ids;
import tandem.agency.Actor;
import tandem.agency.AreaDirectory;
import tandem.audit.AuditAction;
import tandem.audit.AuditEvent;
import tandem.audit.AuditLog;
import tandem.risk.AreaRiskThresholds;
import tandem.risk.RepeatHistory;
import tandem.risk.RiskAssessment;
import tandem.risk.RiskInput;
import tandem.risk.RiskRules;

/**
 * The use cases of a referral written in pages: start a draft, save a page of it, check it, send it, discard it.
 * A draft is only ever found together with its author; to anyone else it does not exist (404). Creating, changing
 * and discarding a draft are audited, since it holds personal data; its author reading it back is not.
 */
@Service
class DraftJourney {

	private static final String SUBJECT = "referral-draft";

	private final Drafts drafts;

	private final ReferralValidator validator;

	private final ReferralIntake intake;

	private final AreaDirectory areas;

	private final AreaRiskThresholds thresholds;

	private final AuditLog audit;

	private final Clock clock;

	DraftJourney(Drafts drafts, ReferralValidator validator, ReferralIntake intake, AreaDirectory areas,
			AreaRiskThresholds thresholds, AuditLog audit, Clock clock) {
		this.drafts = drafts;
		this.validator = validator;
		this.intake = intake;
		this.areas = areas;
		this.thresholds = thresholds;
		this.audit = audit;
		this.clock = clock;
	}

	/** Everything found wrong with a draft (keyed by page field id), and the referral and its risk when nothing is. */
	record Check(Draft draft, List<FieldProblem> problems, Optional<NewReferral> referral,
			Optional<RiskAssessment> risk) {
	}

	/** A save that came from a page showing an older version of the draft than the one stored. */
	static final class StaleDraft extends RuntimeException {

		StaleDraft() {
			super("The draft was saved from somewhere else in the meantime");
		}

	}

	@Transactional
	public UUID start(Actor actor) {
		UUID id = Ids.next();
		this.drafts.insert(id, author(actor), Map.of("area", actor.agency().areaCode()), Instant.now(this.clock));
		this.audit.record(AuditEvent.success(actor.asAuditActor(), AuditAction.CREATE, SUBJECT, id));
		return id;
	}

	@Transactional(readOnly = true)
	public Draft open(Actor actor, UUID id) {
		Optional<Draft> draft = actor.userId() == null ? Optional.empty() : this.drafts.find(id, actor.userId());
		if (draft.isEmpty()) {
			this.audit.recordAlone(AuditEvent.success(actor.asAuditActor(), AuditAction.VIEW, SUBJECT, id)
				.withOutcome(AuditEvent.Outcome.REFUSED));
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return draft.get();
	}

	/**
	 * Replaces the fields a page owns with what was typed on it, valid or not, so nothing typed is lost.
	 *
	 * @throws StaleDraft when the page was showing an older version
	 */
	@Transactional
	public Draft save(Actor actor, UUID id, long version, Predicate<String> ownedByPage, Map<String, String> typed) {
		Draft draft = open(actor, id);
		Map<String, String> answers = new TreeMap<>(draft.answers());
		answers.keySet().removeIf(ownedByPage);
		typed.forEach((field, value) -> {
			if (!value.isEmpty()) {
				answers.put(field, value);
			}
		});
		if (draft.version() != version
				|| !this.drafts.update(id, draft.authorId(), version, answers, Instant.now(this.clock))) {
			throw new StaleDraft();
		}
		this.audit.record(AuditEvent.success(actor.asAuditActor(), AuditAction.CHANGE, SUBJECT, id));
		return open(actor, id);
	}

	@Transactional
	public void discard(Actor actor, UUID id) {
		Draft draft = open(actor, id);
		this.drafts.delete(id, draft.authorId());
		this.audit.record(AuditEvent.success(actor.asAuditActor(), AuditAction.DELETE, SUBJECT, id)
			.withDetail("discarded"));
	}

	@Transactional(readOnly = true)
	public Check check(Actor actor, UUID id) {
		return check(open(actor, id));
	}

	private Check check(Draft draft) {
		LocalDate today = LocalDate.now(this.clock);
		DraftReading.Reading reading = DraftReading.read(draft.answers(), today);
		List<FieldProblem> problems = new ArrayList<>(reading.problems());
		ReferralValidator.Result result = this.validator.validate(reading.request());
		result.problems().forEach(p -> problems.add(new FieldProblem(DraftReading.fieldId(p.field()), p.message())));
		if (!problems.isEmpty()) {
			return new Check(draft, List.copyOf(problems), Optional.empty(), Optional.empty());
		}
		NewReferral referral = result.referral().orElseThrow();
		Optional<RiskAssessment> risk = this.areas.areaByCode(referral.areaCode())
			.map(area -> new RiskRules(this.thresholds.forArea(area.id()))
				.assess(new RiskInput(referral.referredOn(), referral.dash(), referral.policeCalloutsLast12Months(),
						referral.judgement(), RepeatHistory.NONE, referral.daraGrading())));
		if (risk.isEmpty()) {
			problems.add(new FieldProblem("area", "Choose an area that Tandem serves"));
			return new Check(draft, List.copyOf(problems), Optional.empty(), Optional.empty());
		}
		return new Check(draft, List.of(), Optional.of(referral), risk);
	}

	/**
	 * Sends the draft as a referral through the same intake as the API, and deletes the draft in the same
	 * transaction. Returns the problems instead when the draft is not ready (or the route is missing).
	 */
	@Transactional
	public Sent send(Actor actor, UUID id, long version, @Nullable Route chosenRoute) {
		Draft draft = open(actor, id);
		if (draft.version() != version) {
			throw new StaleDraft();
		}
		Check check = check(draft);
		if (check.referral().isEmpty()) {
			return new Sent(null, check.problems());
		}
		if (!check.risk().orElseThrow().meetsMaracThreshold() && chosenRoute == null) {
			return new Sent(null, List.of(new FieldProblem("route", "Choose where the referral should go next")));
		}
		ReferralOutcome outcome = this.intake.submit(actor, check.referral().get(), Channel.PAGES, chosenRoute);
		this.drafts.delete(id, draft.authorId());
		this.audit.record(AuditEvent.success(actor.asAuditActor(), AuditAction.DELETE, SUBJECT, id)
			.withDetail("sent as referral " + outcome.id()));
		return new Sent(outcome, List.of());
	}

	record Sent(@Nullable ReferralOutcome outcome, List<FieldProblem> problems) {
	}

	private static UUID author(Actor actor) {
		if (actor.userId() == null) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return actor.userId();
	}

}
