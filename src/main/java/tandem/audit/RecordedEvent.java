package tandem.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One row of {@code audit_event} exactly as stored: every column, because the seal covers every column. Both the
 * sealer and the chain check read rows through {@link #from}, so they can never disagree on what was sealed.
 */
record RecordedEvent(long id, Instant occurredAt, String actorId, String actorName, @Nullable String actorAgency,
		String action, String subjectType, @Nullable String subjectId, @Nullable UUID caseId, String outcome,
		@Nullable String detail, String correlationId) {

	/** The columns {@link #from} reads, for select lists. */
	static final String COLUMNS = "e.id, e.occurred_at, e.actor_id, e.actor_name, e.actor_agency, e.action, "
			+ "e.subject_type, e.subject_id, e.case_id, e.outcome, e.detail, e.correlation_id";

	static RecordedEvent from(ResultSet row) throws SQLException {
		return new RecordedEvent(row.getLong("id"), row.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				row.getString("actor_id"), row.getString("actor_name"), row.getString("actor_agency"),
				row.getString("action"), row.getString("subject_type"), row.getString("subject_id"),
				row.getObject("case_id", UUID.class), row.getString("outcome"), row.getString("detail"),
				row.getString("correlation_id"));
	}

}
