package tandem.directory;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.agency.Actor;
import tandem.agency.Role;
import tandem.audit.AuditAction;
import tandem.audit.AuditEvent;
import tandem.audit.AuditLog;

/** The provider keeps its service's capacity current: only its own caseworkers and managers may change it. */
@Service
class Capacity {

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	Capacity(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	static boolean mayChange(Actor actor, DirectoryEntry service) {
		return actor.agency().id().equals(service.agencyId())
				&& (actor.has(Role.SERVICE_MANAGER) || actor.has(Role.CASEWORKER));
	}

	/** Someone changed the figures since the form was shown; theirs are kept and shown. */
	static final class ChangedMeanwhile extends RuntimeException {

		ChangedMeanwhile() {
			super("The capacity was changed by someone else");
		}

	}

	@Transactional
	public void update(Actor actor, DirectoryEntry service, CapacityForm form) {
		if (!mayChange(actor, service)) {
			throw new IllegalStateException("Not the provider of this service");
		}
		int changed = this.jdbc.sql("""
				update directory_service
				set spaces_free = :spaces, waiting_weeks = :weeks, capacity_updated_at = :now, version = version + 1
				where id = :id and version = :version
				""")
			.param("spaces", form.spaces())
			.param("weeks", form.weeks())
			.param("now", Timestamp.from(Instant.now(this.clock)))
			.param("id", service.id())
			.param("version", form.version())
			.update();
		if (changed == 0) {
			throw new ChangedMeanwhile();
		}
		this.audit.record(AuditEvent.success(actor.asAuditActor(), AuditAction.CHANGE, "directory-service", service.id())
			.withDetail("capacity: spaces " + form.spaces() + ", waiting weeks " + form.weeks()));
	}

}
