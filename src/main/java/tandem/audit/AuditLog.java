package tandem.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.slf4j.MDC;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes audit events. {@link #record} joins the caller's transaction, so an event exists exactly when the change it
 * describes does. Chaining happens later, off the request path ({@code AuditSealer}).
 */
@Service
public class AuditLog {

	/** The MDC key under which each request's correlation id is kept. */
	public static final String CORRELATION_ID = "correlationId";

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(AuditEvent event) {
		insert(event);
	}

	/** For events with no business transaction of their own, such as a failed sign-in or a refusal. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordAlone(AuditEvent event) {
		insert(event);
	}

	private void insert(AuditEvent event) {
		this.jdbc.sql("""
				insert into audit_event (occurred_at, actor_id, actor_name, actor_agency, action, subject_type,
				                         subject_id, case_id, outcome, detail, correlation_id)
				values (:occurredAt, :actorId, :actorName, :actorAgency, :action, :subjectType,
				        :subjectId, :caseId, :outcome, :detail, :correlationId)
				""")
			.param("occurredAt", java.sql.Timestamp.from(Instant.now(this.clock)))
			.param("actorId", event.actor().id())
			.param("actorName", event.actor().name())
			.param("actorAgency", event.actor().agency())
			.param("action", event.action().name())
			.param("subjectType", event.subjectType())
			.param("subjectId", event.subjectId())
			.param("caseId", event.caseId())
			.param("outcome", event.outcome().name())
			.param("detail", event.detail())
			.param("correlationId", correlationId())
			.update();
	}

	private static String correlationId() {
		String id = MDC.get(CORRELATION_ID);
		return id != null ? id : "job-" + UUID.randomUUID();
	}

}
