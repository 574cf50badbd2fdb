package tandem.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads the audit trail back, e.g. "who has viewed this case". Reading it is itself a read of personal data: callers
 * check who may see it and record that they did.
 */
@Service
public class AuditTrail {

	/** The most events one read returns; a case's trail beyond that is a job for an export, not a page. */
	public static final int MAXIMUM = 1000;

	private final JdbcClient jdbc;

	private final AuditLog log;

	AuditTrail(JdbcClient jdbc, AuditLog log) {
		this.jdbc = jdbc;
		this.log = log;
	}

	/** One event as a reader of the trail sees it. */
	public record Entry(Instant occurredAt, String actorName, @Nullable String actorAgency, AuditAction action,
			String subjectType, AuditEvent.Outcome outcome, @Nullable String detail) {
	}

	/** The case's events, newest first, at most {@code limit} (capped at {@link #MAXIMUM}). */
	public List<Entry> forCase(UUID caseId, int limit) {
		this.log.writePending();
		return this.jdbc.sql("""
				select occurred_at, actor_name, actor_agency, action, subject_type, outcome, detail
				from audit_event where case_id = :caseId
				order by occurred_at desc, id desc
				limit :limit
				""")
			.param("caseId", caseId)
			.param("limit", Math.clamp(limit, 0, MAXIMUM))
			.query((rs, row) -> new Entry(rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor_name"),
					rs.getString("actor_agency"), AuditAction.valueOf(rs.getString("action")),
					rs.getString("subject_type"), AuditEvent.Outcome.valueOf(rs.getString("outcome")),
					rs.getString("detail")))
			.list();
	}

}
