package tandem.alerts;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Component;

import tandem.Ids;
import tandem.agency.AreaDirectory;
import tandem.agency.AreaDirectory.Coordinator;
import tandem.audit.AuditAction;
import tandem.audit.AuditActor;
import tandem.audit.AuditEvent;
import tandem.audit.AuditLog;
import tandem.notify.Outbox;

/**
 * Records a new alert, audits it, and tells the area's coordinators by e-mail that something is waiting, with no name,
 * case or area in the message (ARCHITECTURE.md, security point 5).
 */
@Component
class AlertNotice {

	static final AuditActor RAISER = AuditActor.system("person-alerts");

	static final String SUBJECT = "You have a new alert in Tandem";

	private final Alerts alerts;

	private final AreaDirectory areas;

	private final Outbox outbox;

	private final AuditLog audit;

	private final Clock clock;

	AlertNotice(Alerts alerts, AreaDirectory areas, Outbox outbox, AuditLog audit, Clock clock) {
		this.alerts = alerts;
		this.areas = areas;
		this.outbox = outbox;
		this.audit = audit;
		this.clock = clock;
	}

	void raise(UUID areaId, UUID personId, Finding finding) {
		UUID id = Ids.next();
		this.alerts.insert(id, areaId, personId, finding.kind(), finding.caseIds(), Instant.now(this.clock));
		this.audit.record(AuditEvent.success(RAISER, AuditAction.CREATE, "person-alert", id)
			.withDetail(finding.kind().name()));
		String body = SUBJECT + ".\n\nSign in to see it: " + this.outbox.link("/alerts") + "\n";
		for (Coordinator coordinator : this.areas.contacts(areaId).coordinators()) {
			if (coordinator.email() != null) {
				this.outbox.enqueue(coordinator.email(), SUBJECT, body, areaId);
			}
		}
	}

}
