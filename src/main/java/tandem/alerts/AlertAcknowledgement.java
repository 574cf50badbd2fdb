package tandem.alerts;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import tandem.agency.Actor;
import tandem.audit.AuditAction;
import tandem.audit.AuditEvent;
import tandem.audit.AuditLog;

/** A coordinator acknowledges one of their own area's alerts, with an optional note of what they did. */
@Service
class AlertAcknowledgement {

	/** A note longer than this is refused rather than cut. */
	static final int NOTE_MAX = 2000;

	private final Alerts alerts;

	private final AuditLog audit;

	private final Clock clock;

	AlertAcknowledgement(Alerts alerts, AuditLog audit, Clock clock) {
		this.alerts = alerts;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Acknowledging an alert that is no longer open changes nothing. Another area's alert answers as one that does not
	 * exist, and the attempt is audited.
	 */
	@Transactional
	void acknowledge(Actor actor, UUID alertId, @Nullable String note) {
		boolean ownArea = this.alerts.find(alertId).filter(a -> a.areaId().equals(actor.agency().areaId())).isPresent();
		if (!ownArea || actor.userId() == null) {
			this.audit.recordAlone(AuditEvent.success(actor.asAuditActor(), AuditAction.ACCESS_REFUSED, "person-alert",
					alertId).withOutcome(AuditEvent.Outcome.REFUSED));
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		if (this.alerts.acknowledge(alertId, actor.userId(), note, Instant.now(this.clock))) {
			this.audit.record(AuditEvent.success(actor.asAuditActor(), AuditAction.CHANGE, "person-alert", alertId)
				.withDetail(note == null ? "acknowledged" : "acknowledged with a note"));
		}
	}

}
