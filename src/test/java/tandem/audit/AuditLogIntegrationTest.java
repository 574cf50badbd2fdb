package tandem.audit;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import tandem.TandemIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Events recorded in a use case are written with it, all together when it commits, and not at all when it rolls
 * back; an event recorded alone is written at once, whatever becomes of the transaction around it.
 */
@TandemIntegrationTest
class AuditLogIntegrationTest {

	private static final AuditActor ACTOR = AuditActor.system("audit-log-test");

	@Autowired
	AuditLog log;

	@Autowired
	AuditTrail trail;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void writesTheEventsOfATransactionInTheOrderRecordedWhenItCommits() {
		UUID caseId = UUID.randomUUID();

		this.transactions.executeWithoutResult(status -> {
			for (String step : List.of("first", "second", "third")) {
				this.log.record(event(caseId, step));
			}
			assertThat(details(caseId)).as("nothing written before the commit").isEmpty();
		});

		assertThat(details(caseId)).containsExactly("first", "second", "third");
	}

	@Test
	void writesNothingWhenTheTransactionRollsBack() {
		UUID caseId = UUID.randomUUID();

		assertThatThrownBy(() -> this.transactions.executeWithoutResult(status -> {
			this.log.record(event(caseId, "undone"));
			throw new IllegalStateException("the use case failed");
		})).isInstanceOf(IllegalStateException.class);

		assertThat(details(caseId)).isEmpty();
	}

	@Test
	void anEventRecordedAloneInsideATransactionOutlivesItsRollback() {
		UUID caseId = UUID.randomUUID();

		assertThatThrownBy(() -> this.transactions.executeWithoutResult(status -> {
			this.log.record(event(caseId, "with the use case"));
			this.log.recordAlone(event(caseId, "refusal"));
			throw new IllegalStateException("the use case failed");
		})).isInstanceOf(IllegalStateException.class);

		assertThat(details(caseId)).containsExactly("refusal");
	}

	@Test
	void theTrailReadInsideTheTransactionIncludesItsOwnEvents() {
		UUID caseId = UUID.randomUUID();

		List<AuditTrail.Entry> seen = this.transactions.execute(status -> {
			this.log.record(event(caseId, "viewed"));
			return this.trail.forCase(caseId, 10);
		});

		assertThat(seen).extracting(AuditTrail.Entry::detail).containsExactly("viewed");
		assertThat(details(caseId)).containsExactly("viewed");
	}

	@Test
	void refusesToRecordOutsideATransaction() {
		assertThatThrownBy(() -> this.log.record(event(UUID.randomUUID(), "orphan")))
			.isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
	}

	private static AuditEvent event(UUID caseId, String detail) {
		return AuditEvent.success(ACTOR, AuditAction.VIEW, "case", caseId).inCase(caseId).withDetail(detail);
	}

	private List<String> details(UUID caseId) {
		return this.jdbc.sql("select detail from audit_event where case_id = :caseId order by id")
			.param("caseId", caseId)
			.query(String.class)
			.list();
	}

}
