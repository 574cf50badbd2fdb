package tandem.cases;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.agency.Actor;
import tandem.audit.AuditAction;
import tandem.audit.AuditEvent;
import tandem.audit.AuditLog;

/**
 * The only way any module reads a case for someone: it loads the case's access facts, asks the access policy,
 * records the view (with its basis) or the refusal, and hands over only what the viewer may see.
 */
@Service
public class CaseGate {

	private final CaseAccessCheck access;

	private final CaseDetailsReader reader;

	private final AuditLog audit;

	CaseGate(CaseAccessCheck access, CaseDetailsReader reader, AuditLog audit) {
		this.access = access;
		this.reader = reader;
		this.audit = audit;
	}

	/**
	 * @param caseId the id as it arrived, e.g. from a URL; anything malformed is treated as a case that does not exist
	 */
	@Transactional
	public CaseSight read(Actor actor, String caseId) {
		Admission admission = this.access.check(actor, caseId);
		if (admission instanceof Admission.Admitted admitted) {
			CaseDetails details = this.reader.details(admitted.file());
			this.audit.record(AuditEvent.success(actor.asAuditActor(), AuditAction.VIEW, "case", details.id())
				.inCase(details.id())
				.withDetail("basis: " + admitted.basis().label()));
			return new CaseSight.Visible(details, admitted.basis());
		}
		this.access.recordRefusal(actor, admission);
		return admission instanceof Admission.BreakGlassOffered offered
				? new CaseSight.BreakGlassOffered(offered.file().id()) : new CaseSight.Hidden();
	}

}
