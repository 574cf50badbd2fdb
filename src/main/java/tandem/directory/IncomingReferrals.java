package tandem.directory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.agency.Actor;
import tandem.agency.Role;
import tandem.audit.AuditAction;
import tandem.audit.AuditEvent;
import tandem.audit.AuditLog;

/**
 * Reads onward referrals for the two agencies entitled to them: the receiving service (which sees only what the
 * referral shares) and the agency that sent it (which follows its status). Every read is audited; anyone else is
 * refused, audited on its own, and told the referral does not exist.
 */
@Service
public class IncomingReferrals {

	private static final int LIST_LIMIT = 200;

	private final OnwardReferralRecords records;

	private final AuditLog audit;

	IncomingReferrals(OnwardReferralRecords records, AuditLog audit) {
		this.records = records;
		this.audit = audit;
	}

	/** Who works a service's referrals: its caseworkers and managers, or its system through the API. */
	static boolean receives(Actor actor) {
		return actor.kind() == Actor.Kind.API_CLIENT || actor.has(Role.CASEWORKER) || actor.has(Role.SERVICE_MANAGER);
	}

	@Transactional
	public List<IncomingReferral> forAgency(Actor actor) {
		List<OnwardReferral> referrals = this.records.incoming(actor.agency().id(), LIST_LIMIT);
		this.audit.record(AuditEvent.success(actor.asAuditActor(), AuditAction.VIEW, "incoming-referrals",
				actor.agency().id()).withDetail(referrals.size() + " referrals listed"));
		return referrals.stream().map(IncomingReferral::of).toList();
	}

	@Transactional
	Optional<OnwardReferral> read(Actor actor, String id) {
		Optional<OnwardReferral> found = DirectoryController.parse(id).flatMap(this.records::find);
		if (found.isEmpty()) {
			return found;
		}
		OnwardReferral referral = found.get();
		if (!(referral.isFor(actor.agency().id()) && receives(actor)) && !referral.isFrom(actor.agency().id())) {
			this.audit.recordAlone(AuditEvent.success(actor.asAuditActor(), AuditAction.ACCESS_REFUSED,
					"onward-referral", referral.id()).inCase(referral.caseId()).withOutcome(AuditEvent.Outcome.REFUSED));
			return Optional.empty();
		}
		this.audit.record(AuditEvent.success(actor.asAuditActor(), AuditAction.VIEW, "onward-referral", referral.id())
			.inCase(referral.caseId()));
		return found;
	}

	/** For the API: one referral to the calling agency's services. */
	@Transactional
	public Optional<IncomingReferral> incoming(Actor actor, String id) {
		return read(actor, id).filter(referral -> referral.isFor(actor.agency().id())).map(IncomingReferral::of);
	}

	@Transactional(readOnly = true)
	List<OnwardReferral> ofCase(UUID caseId) {
		return this.records.ofCase(caseId);
	}

}
