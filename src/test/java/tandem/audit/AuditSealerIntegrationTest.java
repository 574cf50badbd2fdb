package tandem.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import tandem.TandemIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The sealer on a database of its own, so that the test knows every event and seal in it. */
@TandemIntegrationTest
class AuditSealerIntegrationTest {

	private static final int BATCH = 3;

	@Autowired
	DataSource shared;

	SeparateAuditDatabase database;

	@BeforeEach
	void createDatabase() {
		this.database = SeparateAuditDatabase.besides(this.shared, new AuditSettings(BATCH, 2, Duration.ofMinutes(5)));
	}

	@AfterEach
	void dropDatabase() {
		this.database.close();
	}

	@Test
	void sealsEveryWaitingEventInIdOrderFromTheGenesisHashInBatches() {
		List<Long> ids = IntStream.range(0, 7).mapToObj(n -> this.database.record("s-" + n)).toList();

		assertThat(this.database.sealer.sealWaitingEvents()).isEqualTo(7);

		List<Long> sealedInOrder = this.database.jdbc.sql("select event_id from audit_seal order by sequence")
			.query(Long.class).list();
		assertThat(sealedInOrder).isEqualTo(ids);
		byte[] firstPrevious = this.database.jdbc.sql("select previous_hash from audit_seal where sequence = 1")
			.query(byte[].class).single();
		assertThat(firstPrevious).isEqualTo(new byte[32]);
		assertThat(waiting()).isZero();
		assertThat(this.database.sealer.sealWaitingEvents()).isZero();
		assertThat(this.database.verifier.check().intact()).isTrue();
	}

	@Test
	void anEventThatCommitsLateIsSealedAfterHigherIds() throws Exception {
		try (Connection late = this.database.connection()) {
			late.setAutoCommit(false);
			long lateId = insertEvent(late);
			long onTimeId = this.database.record("on-time");
			assertThat(lateId).isLessThan(onTimeId);

			this.database.sealer.sealWaitingEvents();
			late.commit();
			this.database.sealer.sealWaitingEvents();

			assertThat(this.database.sequenceOf(lateId)).isGreaterThan(this.database.sequenceOf(onTimeId));
		}
		assertThat(this.database.verifier.check().intact()).isTrue();
	}

	@Test
	void anEventRolledBackLeavesNothingToSeal() throws Exception {
		try (Connection rolledBack = this.database.connection()) {
			rolledBack.setAutoCommit(false);
			insertEvent(rolledBack);
			rolledBack.rollback();
		}

		assertThat(this.database.sealer.sealWaitingEvents()).isZero();
		assertThat(waiting()).isZero();
	}

	@Test
	void twoSealersRunningAtOnceSealEachEventExactlyOnce() throws Exception {
		IntStream.range(0, 200).forEach(n -> this.database.record("pair-" + n));
		AuditSealer other = this.database.newSealer();
		ExecutorService threads = Executors.newFixedThreadPool(2);

		CompletableFuture<Long> first = CompletableFuture.supplyAsync(this.database.sealer::sealWaitingEvents, threads);
		CompletableFuture<Long> second = CompletableFuture.supplyAsync(other::sealWaitingEvents, threads);
		long sealed = first.get() + second.get();
		threads.shutdown();
		// Whichever skipped a round because the other held the lock catches up on its next run.
		sealed += this.database.sealer.sealWaitingEvents();

		assertThat(sealed).isEqualTo(200);
		assertThat(this.database.jdbc.sql("select count(distinct event_id) from audit_seal").query(Long.class).single())
			.isEqualTo(200);
		assertThat(this.database.verifier.check().sealsChecked()).isEqualTo(200);
	}

	private long waiting() {
		return this.database.jdbc.sql("select count(*) from audit_unsealed").query(Long.class).single();
	}

	private static long insertEvent(Connection connection) throws Exception {
		try (PreparedStatement insert = connection.prepareStatement("""
				insert into audit_event (occurred_at, actor_id, actor_name, action, subject_type, outcome, correlation_id)
				values (now(), 'user:test', 'Test user', 'VIEW', 'case', 'SUCCESS', 'late-commit-test')
				returning id
				""")) {
			try (ResultSet id = insert.executeQuery()) {
				id.next();
				return id.getLong(1);
			}
		}
	}

}
