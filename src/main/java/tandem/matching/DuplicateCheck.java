package tandem.matching;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import tandem.ClusterJobs;
import tandem.audit.AuditActor;

/**
 * Batch deduplication of the whole person index, on one node of the cluster at a time (the job's advisory lock is held
 * for the whole run): nightly, or when an administrator asks. A run asked for while another is going on any node is
 * refused rather than queued.
 */
@Service
public class DuplicateCheck {

	static final String JOB = "person-duplicate-check";

	private static final Logger log = LoggerFactory.getLogger(DuplicateCheck.class);

	private final ClusterJobs jobs;

	private final JdbcClient jdbc;

	private final DedupRuns runs;

	private final DedupRun run;

	private final double threshold;

	private final int keepRuns;

	/**
	 * @param keepRuns how many of the latest finished checks keep their pairs for their reports: a national check
	 *        stores millions, and a week of nightly checks is what an administrator looks back on
	 */
	DuplicateCheck(ClusterJobs jobs, JdbcClient jdbc, DedupRuns runs, DedupRun run,
			@Value("${tandem.matching.duplicate-check.threshold:0.1}") double threshold,
			@Value("${tandem.matching.duplicate-check.keep-runs:7}") int keepRuns) {
		if (keepRuns < 1) {
			throw new IllegalArgumentException(
					"tandem.matching.duplicate-check.keep-runs must be at least 1, so that the latest check has a report");
		}
		this.jobs = jobs;
		this.jdbc = jdbc;
		this.runs = runs;
		this.threshold = threshold;
		this.keepRuns = keepRuns;
		this.run = run;
	}

	/** A finished run's figures and how long it took. */
	public record Finished(UUID run, long people, long pairsCompared, long pairsProposed, long pairsHeldApart,
			int clusters, Duration took) {
	}

	/** Runs a check now, in this thread; empty when another run holds the job. For the nightly job and benchmarks. */
	public Optional<Finished> runNow(AuditActor requestedBy) {
		return execute(DedupRun.Trigger.NIGHTLY, requestedBy, id -> {
		});
	}

	/**
	 * Starts a run asked for by an administrator in the background, once it holds the job.
	 * @return the run's id, or empty when another run is going
	 */
	Optional<UUID> startInBackground(AuditActor administrator) {
		CompletableFuture<Optional<UUID>> started = new CompletableFuture<>();
		// A thread of its own, not a queue: a request made while a run is going must be refused at once, not wait.
		Thread.ofPlatform().name("duplicate-check").daemon().start(() -> {
			try {
				Optional<Finished> finished = execute(DedupRun.Trigger.ADMINISTRATOR, administrator,
						id -> started.complete(Optional.of(id)));
				started.complete(finished.map(Finished::run));
			}
			catch (RuntimeException ex) {
				started.completeExceptionally(ex);
			}
		});
		try {
			return started.get(1, TimeUnit.MINUTES);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("The duplicate check did not start", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while starting the duplicate check", ex);
		}
	}

	private Optional<Finished> execute(DedupRun.Trigger trigger, AuditActor requestedBy, Consumer<UUID> onStart) {
		return this.jobs.runAlone(JOB, () -> {
			idleWhileHoldingTheLock();
			long started = System.nanoTime();
			UUID id = this.runs.begin(trigger, requestedBy, this.threshold);
			onStart.accept(id);
			try {
				DedupRun.Figures figures = this.run.run(id, this.threshold);
				this.runs.finish(id, figures);
				this.runs.removeOldPairs(this.keepRuns, requestedBy);
				return new Finished(id, figures.people(), figures.compared(), figures.proposed(), figures.heldApart(),
						figures.clusters(), Duration.ofNanos(System.nanoTime() - started));
			}
			catch (RuntimeException | OutOfMemoryError ex) {
				// Says so on the run's row and deletes the pairs it stored so far (ADR 0104).
				log.error("Duplicate check {} failed", id, ex);
				this.runs.fail(id);
				throw ex;
			}
		});
	}

	/**
	 * The job's transaction only holds its lock while the run works in transactions of its own (ADR 0104), so it is
	 * idle for the run's length. A server's idle-in-transaction timeout would end it, freeing the lock mid-run for
	 * another node's run. And PostgreSQL keeps the snapshot of the select that took the lock until the transaction's
	 * next statement (the driver's unnamed portal), which would hold back vacuum in the whole database meanwhile; a SET
	 * needs no snapshot and replaces that portal.
	 */
	private void idleWhileHoldingTheLock() {
		this.jdbc.sql("set local idle_in_transaction_session_timeout = 0").update();
	}

}
