package tandem.matching;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tandem.Ids;
import tandem.audit.AuditAction;
import tandem.audit.AuditActor;
import tandem.audit.AuditEvent;
import tandem.audit.AuditLog;

/**
 * The rows of {@code person_dedup_run}. Each change commits on its own, so that the administrator's page shows a run's
 * progress while it works and its failure if it fails; "finished" is committed last, after every pair.
 */
@Component
class DedupRuns {

	static final String SUBJECT = "duplicate-check";

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	DedupRuns(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Records and audits a run as started. Called only by the process holding the job, so any other run still marked
	 * as running belongs to a process that stopped without finishing it.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	UUID begin(DedupRun.Trigger trigger, AuditActor requestedBy, double threshold) {
		this.jdbc.sql("""
				delete from person_dedup_pair where run_id in (select id from person_dedup_run where state = 'running')
				""").update();
		this.jdbc.sql("update person_dedup_run set state = 'interrupted' where state = 'running'").update();
		UUID id = Ids.next();
		this.jdbc.sql("""
				insert into person_dedup_run (id, trigger, requested_by, threshold, started_at, state, phase)
				values (:id, :trigger, :requestedBy, :threshold, :now, 'running', 'reading')
				""")
			.param("id", id)
			.param("trigger", trigger.name().toLowerCase(Locale.ROOT))
			.param("requestedBy", trigger == DedupRun.Trigger.NIGHTLY ? null : requestedBy.id())
			.param("threshold", threshold)
			.param("now", java.sql.Timestamp.from(Instant.now(this.clock)))
			.update();
		this.audit.record(AuditEvent.success(requestedBy, AuditAction.CREATE, SUBJECT, id).withDetail(trigger.name()));
		return id;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void progress(UUID run, DedupRun.Figures figures) {
		update(run, figures, "running");
	}

	/** Once every pair is stored and handed to the review queue: only now does the run's report show its pairs. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void finish(UUID run, DedupRun.Figures figures) {
		update(run, figures, "finished");
	}

	/**
	 * Marks the run failed and deletes the pairs it stored so far, together. Proposals it had already handed to the
	 * review queue stay there: each is a whole proposal on its own (ADR 0104).
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void fail(UUID run) {
		this.jdbc.sql("delete from person_dedup_pair where run_id = :id").param("id", run).update();
		this.jdbc.sql("update person_dedup_run set state = 'failed', finished_at = :now where id = :id")
			.param("id", run)
			.param("now", java.sql.Timestamp.from(Instant.now(this.clock)))
			.update();
	}

	/**
	 * Deletes the pairs of every finished check but the latest {@code keep}, keeping each check's row and figures, and
	 * audits each removal. The proposals a check handed to the review queue are the queue's and stay. A failed or
	 * interrupted check lost its pairs when it stopped.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	List<UUID> removeOldPairs(int keep, AuditActor by) {
		List<UUID> old = this.jdbc.sql("""
				select id from person_dedup_run
				where state = 'finished' and pairs_removed_at is null
				  and id not in (select id from person_dedup_run where state = 'finished' order by started_at desc limit :keep)
				""").param("keep", keep).query(UUID.class).list();
		for (UUID run : old) {
			int pairs = this.jdbc.sql("delete from person_dedup_pair where run_id = :id").param("id", run).update();
			this.jdbc.sql("update person_dedup_run set pairs_removed_at = :now where id = :id")
				.param("id", run)
				.param("now", java.sql.Timestamp.from(Instant.now(this.clock)))
				.update();
			this.audit.record(AuditEvent.success(by, AuditAction.DELETE, SUBJECT, run)
				.withDetail(pairs + " pairs removed; the latest " + keep + " checks keep theirs"));
		}
		return old;
	}

	private void update(UUID run, DedupRun.Figures figures, String state) {
		this.jdbc.sql("""
				update person_dedup_run set phase = :phase, people_read = :people, pairs_compared = :compared,
				       pairs_proposed = :proposed, pairs_held_apart = :heldApart, clusters = :clusters, state = :state,
				       finished_at = case when :state = 'running' then null else cast(:now as timestamptz) end
				where id = :id
				""")
			.param("id", run)
			.param("phase", figures.phase().name().toLowerCase(Locale.ROOT))
			.param("people", figures.people())
			.param("compared", figures.compared())
			.param("proposed", figures.proposed())
			.param("heldApart", figures.heldApart())
			.param("clusters", figures.clusters())
			.param("state", state)
			.param("now", java.sql.Timestamp.from(Instant.now(this.clock)))
			.update();
	}

	@Transactional(readOnly = true)
	Optional<DedupRunSummary> find(UUID run) {
		return select("where id = :id").param("id", run).query(DedupRunSummary.class).optional();
	}

	@Transactional(readOnly = true)
	List<DedupRunSummary> recent(int count) {
		return select("order by started_at desc limit :count").param("count", count)
			.query(DedupRunSummary.class)
			.list();
	}

	private JdbcClient.StatementSpec select(String rest) {
		return this.jdbc.sql("""
				select id, trigger, requested_by, threshold, started_at, finished_at, state, phase, people_read,
				       pairs_compared, pairs_proposed, pairs_held_apart, clusters, pairs_removed_at
				from person_dedup_run
				""" + rest);
	}

	/** A run as the administrator's pages show it. */
	record DedupRunSummary(UUID id, String trigger, @Nullable String requestedBy, double threshold, Instant startedAt,
			@Nullable Instant finishedAt, String state, String phase, long peopleRead, long pairsCompared,
			long pairsProposed, long pairsHeldApart, int clusters, @Nullable Instant pairsRemovedAt) {

		private static final java.time.format.DateTimeFormatter SHOWN = java.time.format.DateTimeFormatter
			.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK)
			.withZone(java.time.ZoneId.of("Europe/London"));

		public boolean running() {
			return "running".equals(this.state);
		}

		public String started() {
			return SHOWN.format(this.startedAt);
		}

		public @Nullable String finished() {
			return this.finishedAt == null ? null : SHOWN.format(this.finishedAt);
		}

		/** When the check's pairs were removed to make room for later checks', or null while it keeps them. */
		public @Nullable String pairsRemoved() {
			return this.pairsRemovedAt == null ? null : SHOWN.format(this.pairsRemovedAt);
		}

		/** "Running: comparing pairs", "Finished", … */
		public String status() {
			return switch (this.state) {
				case "running" -> "Running: " + switch (this.phase) {
					case "reading" -> "reading people";
					case "weighing" -> "estimating the weights";
					case "comparing" -> "comparing pairs";
					case "clustering" -> "grouping pairs into clusters";
					default -> "storing the proposals";
				};
				case "finished" -> "Finished";
				case "failed" -> "Failed";
				default -> "Interrupted (stopped before finishing)";
			};
		}

	}

}
