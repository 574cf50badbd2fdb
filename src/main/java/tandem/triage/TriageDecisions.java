package tandem.triage;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.Ids;
import tandem.agency.Actor;
import tandem.audit.AuditAction;
import tandem.audit.AuditEvent;
import tandem.audit.AuditLog;
import tandem.casework.ServiceCaseOpening;

/**
 * Records the meeting's route for a referral, with its actions, and acts on it: the IDVA route opens the IDVA
 * service's case at once; the service route names the service, to which the case is then referred with consent on
 * the onward referral form; MARAC is announced for the MARAC side; early help and no further action are recorded.
 */
@Service
class TriageDecisions {

	/** Someone else decided this referral first; nothing was written. */
	static final class AlreadyDecided extends RuntimeException {

		AlreadyDecided() {
			super("The referral was already routed");
		}

	}

	/** The area has no IDVA service to send the case to. */
	static final class NoIdvaService extends RuntimeException {

		NoIdvaService() {
			super("The area has no IDVA service");
		}

	}

	private final JdbcClient jdbc;

	private final ServiceCaseOpening casework;

	private final ApplicationEventPublisher events;

	private final AuditLog audit;

	private final Clock clock;

	TriageDecisions(JdbcClient jdbc, ServiceCaseOpening casework, ApplicationEventPublisher events, AuditLog audit,
			Clock clock) {
		this.jdbc = jdbc;
		this.casework = casework;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public void decide(Actor actor, TriageItem item, TriageRoute route, @Nullable UUID serviceId,
			@Nullable String reason, List<String> actions, int version) {
		Instant now = Instant.now(this.clock);
		int changed = this.jdbc.sql("""
				update triage_item set route = :route, service_id = :service, reason = :reason, decided_at = :now,
				    decided_by_user_id = :user, version = version + 1
				where id = :id and version = :version and route is null
				""")
			.param("route", route.name()).param("service", serviceId).param("reason", reason)
			.param("now", Timestamp.from(now)).param("user", actor.userId())
			.param("id", item.id()).param("version", version)
			.update();
		if (changed == 0) {
			throw new AlreadyDecided();
		}
		for (int i = 0; i < actions.size(); i++) {
			this.jdbc.sql("""
					insert into triage_action (id, triage_item_id, position, description) values (:id, :item, :pos, :text)
					""")
				.param("id", Ids.next()).param("item", item.id()).param("pos", i).param("text", actions.get(i))
				.update();
		}
		if (route == TriageRoute.IDVA && this.casework.openAtIdvaService(item.caseId(), item.areaId()).isEmpty()) {
			throw new NoIdvaService();
		}
		this.audit.record(AuditEvent.success(actor.asAuditActor(), AuditAction.CHANGE, "triage-item", item.id())
			.inCase(item.caseId()).withDetail("routed " + route.name() + ", " + actions.size() + " actions"));
		this.events.publishEvent(new TriageDecided(item.id(), item.caseId(), item.areaId(), route, now));
	}

}
