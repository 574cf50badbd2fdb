package tandem.cases;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.agency.Actor;
import tandem.audit.AuditAction;
import tandem.audit.AuditEvent;
import tandem.audit.AuditLog;
import tandem.audit.AuditTrail;

/**
 * "Who has viewed this case": the case's audit trail, for the coordinators and chairs of its area. Who looks at the
 * trail goes on the trail too.
 */
@Service
class CaseViewers {

	static final int LIMIT = 500;

	private final CaseAccessCheck access;

	private final AuditTrail trail;

	private final AuditLog audit;

	CaseViewers(CaseAccessCheck access, AuditTrail trail, AuditLog audit) {
		this.access = access;
		this.trail = trail;
		this.audit = audit;
	}

	sealed interface Result {

		record Shown(CaseFile file, List<AuditTrail.Entry> entries) implements Result {
		}

		/** The viewer may know the case exists but not see its trail. */
		record Forbidden() implements Result {
		}

		record Hidden() implements Result {
		}

	}

	@Transactional
	Result of(Actor actor, String caseId) {
		Admission admission = this.access.check(actor, caseId);
		if (admission instanceof Admission.Admitted admitted && actor.servesArea(admitted.file().areaId())) {
			CaseFile file = admitted.file();
			List<AuditTrail.Entry> entries = this.trail.forCase(file.id(), LIMIT);
			this.audit.record(AuditEvent.success(actor.asAuditActor(), AuditAction.VIEW, "case-views", file.id())
				.inCase(file.id())
				.withDetail("who has viewed this case: " + entries.size() + " events"));
			return new Result.Shown(file, entries);
		}
		this.access.recordRefusal(actor, admission);
		return admission instanceof Admission.Hidden ? new Result.Hidden() : new Result.Forbidden();
	}

}
