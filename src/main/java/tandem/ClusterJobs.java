package tandem;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a scheduled job on at most one Tandem process at a time. Every node schedules every job; each run first tries
 * to take a PostgreSQL advisory lock named after the job, and a node that cannot take it skips that run instead of
 * waiting. The lock belongs to the job's own transaction, so it is released at commit or rollback, and a node that
 * dies mid-run frees it with its connection: no lease to expire, no lock table to clean.
 */
@Component
public class ClusterJobs {

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	public ClusterJobs(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		// A job must not inherit a caller's transaction: the lock would then outlive the job.
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Runs the work in a new transaction if no other process is running the same job.
	 * @return the work's result, or empty when another process holds the job's lock and the work did not run
	 */
	public <T> Optional<T> runAlone(String jobName, Supplier<T> work) {
		return this.transactions.execute(status -> {
			boolean locked = this.jdbc.sql("select pg_try_advisory_xact_lock(:key)")
				.param("key", lockKey(jobName))
				.query(Boolean.class)
				.single();
			return locked ? Optional.of(work.get()) : Optional.<T>empty();
		});
	}

	/**
	 * The advisory lock key for a job: the first 64 bits of the SHA-256 of its name. It depends on nothing but the
	 * name, so two versions of Tandem running side by side during an upgrade still exclude each other.
	 */
	static long lockKey(String jobName) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(("tandem-job:" + jobName).getBytes(StandardCharsets.UTF_8));
			return ByteBuffer.wrap(digest).getLong();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform provides SHA-256", ex);
		}
	}

}
