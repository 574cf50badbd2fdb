package tandem.cases;

import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import tandem.access.BreakGlassGrants;
import tandem.access.CaseAccessDecision;
import tandem.access.CaseAccessDecision.Granted;
import tandem.access.CaseAccessDecision.Refusal;
import tandem.access.CaseAccessFacts;
import tandem.access.CaseAccessPolicy;
import tandem.agency.Actor;
import tandem.audit.AuditAction;
import tandem.audit.AuditEvent;
import tandem.audit.AuditLog;

/** Loads a case's access facts and asks the policy. Every way into a case in this module starts here. */
@Component
class CaseAccessCheck {

	private final CaseFiles files;

	private final BreakGlassGrants breakGlass;

	private final AuditLog audit;

	CaseAccessCheck(CaseFiles files, BreakGlassGrants breakGlass, AuditLog audit) {
		this.files = files;
		this.breakGlass = breakGlass;
		this.audit = audit;
	}

	/** Malformed ids, unknown ids and hidden cases come out alike, so none tells an outsider anything. */
	Admission check(Actor actor, String requestedId) {
		Optional<CaseId> id = CaseId.parse(requestedId);
		if (id.isEmpty()) {
			return new Admission.Hidden(null, null, "malformed case id");
		}
		Optional<CaseFile> found = this.files.findById(id.get().value());
		if (found.isEmpty()) {
			return new Admission.Hidden(id.get().value(), null, "no such case");
		}
		CaseFile file = found.get();
		CaseAccessFacts facts = file.accessFacts();
		CaseAccessDecision decision = CaseAccessPolicy.decide(actor, facts, false);
		// Grants are looked up only when they could matter: most views are by people already in the circle.
		if (decision.offersBreakGlass() && this.breakGlass.isActive(file.id(), actor)) {
			decision = CaseAccessPolicy.decide(actor, facts, true);
		}
		return switch (decision) {
			case Granted granted -> new Admission.Admitted(file, granted.basis());
			case CaseAccessDecision.Refused refused when refused.how() == Refusal.BREAK_GLASS_OFFERED ->
				new Admission.BreakGlassOffered(file, refused.why());
			case CaseAccessDecision.Refused refused -> new Admission.Hidden(file.id(), file.id(), refused.why());
		};
	}

	/** Puts a refusal on the trail in its own transaction, so it stays recorded whatever happens next. */
	void recordRefusal(Actor actor, Admission refusal) {
		switch (refusal) {
			case Admission.Hidden hidden -> refuse(actor, hidden.requestedId(), hidden.existingCaseId(), hidden.why());
			case Admission.BreakGlassOffered offered -> refuse(actor, offered.file().id(), offered.file().id(),
					offered.why());
			case Admission.Admitted admitted -> refuse(actor, admitted.file().id(), admitted.file().id(),
					"may see the case, not this part of it");
		}
	}

	private void refuse(Actor actor, @Nullable UUID subjectId, @Nullable UUID caseId, String why) {
		AuditEvent event = AuditEvent.success(actor.asAuditActor(), AuditAction.ACCESS_REFUSED, "case", subjectId)
			.withOutcome(AuditEvent.Outcome.REFUSED)
			.withDetail(why);
		this.audit.recordAlone(caseId == null ? event : event.inCase(caseId));
	}

}
