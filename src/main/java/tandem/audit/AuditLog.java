package tandem.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.slf4j.MDC;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes audit events. {@link #record} joins the caller's transaction, so an event exists exactly when the change it
 * describes does. Chaining happens later, off the request path ({@code AuditSealer}).
 * <p>
 * A use case records several events (a referral: each person, the case, the referral). They are kept with the
 * transaction and written in one statement just before it commits: one round trip and one run of the sealing queue's
 * trigger instead of one per event. Each event keeps the moment and correlation id of its {@code record} call.
 */
@Service
public class AuditLog {

	/** The MDC key under which each request's correlation id is kept. */
	public static final String CORRELATION_ID = "correlationId";

	private static final String INSERT = """
			insert into audit_event (occurred_at, actor_id, actor_name, actor_agency, action, subject_type,
			                         subject_id, case_id, outcome, detail, correlation_id)
			values\s""";

	private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(AuditEvent event) {
		pendingInThisTransaction().add(row(event));
	}

	/** For events with no business transaction of their own, such as a failed sign-in or a refusal. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordAlone(AuditEvent event) {
		insert(List.of(row(event)));
	}

	/**
	 * Writes the events recorded so far in this transaction, for a use case that reads the audit trail after
	 * recording (the trail then includes its own events). Does nothing outside a transaction.
	 */
	void writePending() {
		if (TransactionSynchronizationManager.getResource(this) instanceof Pending pending) {
			pending.write();
		}
	}

	private Pending pendingInThisTransaction() {
		if (TransactionSynchronizationManager.getResource(this) instanceof Pending pending) {
			return pending;
		}
		Pending pending = new Pending();
		TransactionSynchronizationManager.bindResource(this, pending);
		TransactionSynchronizationManager.registerSynchronization(pending);
		return pending;
	}

	/** The events of one transaction not yet written. */
	private final class Pending implements TransactionSynchronization {

		private final List<List<Object>> rows = new ArrayList<>();

		void add(List<Object> row) {
			this.rows.add(row);
		}

		void write() {
			if (!this.rows.isEmpty()) {
				insert(this.rows);
				this.rows.clear();
			}
		}

		/** An inner transaction (REQUIRES_NEW) must get events of its own, not join these. */
		@Override
		public void suspend() {
			TransactionSynchronizationManager.unbindResource(AuditLog.this);
		}

		@Override
		public void resume() {
			TransactionSynchronizationManager.bindResource(AuditLog.this, this);
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			write();
		}

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(AuditLog.this);
		}

	}

	private List<Object> row(AuditEvent event) {
		return Arrays.asList(java.sql.Timestamp.from(Instant.now(this.clock)), event.actor().id(), event.actor().name(),
				event.actor().agency(), event.action().name(), event.subjectType(), event.subjectId(), event.caseId(),
				event.outcome().name(), event.detail(), correlationId());
	}

	private void insert(List<List<Object>> rows) {
		this.jdbc.sql(INSERT + String.join(", ", Collections.nCopies(rows.size(), ROW)))
			.params(rows.stream().flatMap(List::stream).toList())
			.update();
	}

	private static String correlationId() {
		String id = MDC.get(CORRELATION_ID);
		return id != null ? id : "job-" + UUID.randomUUID();
	}

}
