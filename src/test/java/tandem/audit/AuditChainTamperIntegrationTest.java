package tandem.audit;

import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import tandem.TandemIntegrationTest;
import tandem.audit.AuditChainCheck.BrokenLink;
import tandem.audit.AuditChainCheck.Problem;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tampering as a database superuser could do it, each test in a database of its own: five events are sealed, then one
 * thing is changed behind the triggers' back, and the check must name exactly that link.
 */
@TandemIntegrationTest
class AuditChainTamperIntegrationTest {

	@Autowired
	DataSource shared;

	SeparateAuditDatabase database;

	List<Long> events;

	@BeforeEach
	void sealFiveEvents() {
		// A check batch of two makes the walk cross page boundaries.
		this.database = SeparateAuditDatabase.besides(this.shared, new AuditSettings(100, 2, Duration.ofMinutes(5)));
		this.events = IntStream.range(0, 5).mapToObj(n -> this.database.record("tamper-" + n)).toList();
		this.database.sealer.sealWaitingEvents();
	}

	@AfterEach
	void dropDatabase() {
		this.database.close();
	}

	@Test
	void anUntouchedChainHoldsAndGivesItsLastHash() {
		AuditChainCheck check = this.database.verifier.check();

		assertThat(check.intact()).isTrue();
		assertThat(check.sealsChecked()).isEqualTo(5);
		byte[] lastHash = this.database.jdbc.sql("select hash from audit_seal where sequence = 5")
			.query(byte[].class).single();
		assertThat(check.lastHash()).isEqualTo(HexFormat.of().formatHex(lastHash));
	}

	@Test
	void anEventChangedInTheDatabaseIsNamed() {
		long changed = this.events.get(2);
		this.database.tamper("audit_event", "update audit_event set detail = 'rewritten' where id = " + changed);

		AuditChainCheck check = this.database.verifier.check();

		long sequence = this.database.sequenceOf(changed);
		assertThat(check.intact()).isFalse();
		assertThat(check.firstBrokenLink()).isEqualTo(new BrokenLink(sequence, changed, Problem.EVENT_CHANGED));
		assertThat(check.sealsChecked()).isEqualTo(sequence - 1);
	}

	@Test
	void anEventDeletedFromTheDatabaseIsNamed() {
		long deleted = this.events.get(3);
		this.database.tamper("audit_event", "delete from audit_event where id = " + deleted);

		AuditChainCheck check = this.database.verifier.check();

		assertThat(check.firstBrokenLink())
			.isEqualTo(new BrokenLink(this.database.sequenceOf(deleted), deleted, Problem.EVENT_MISSING));
	}

	@Test
	void aSealDeletedFromTheDatabaseIsNamed() {
		this.database.tamper("audit_seal", "delete from audit_seal where sequence = 3");

		AuditChainCheck check = this.database.verifier.check();

		assertThat(check.firstBrokenLink()).isEqualTo(new BrokenLink(4, this.events.get(3), Problem.SEQUENCE_GAP));
		assertThat(check.sealsChecked()).isEqualTo(2);
	}

	@Test
	void aSealRelinkedInTheDatabaseIsNamed() {
		this.database.tamper("audit_seal", "update audit_seal set previous_hash = hash where sequence = 4");

		AuditChainCheck check = this.database.verifier.check();

		assertThat(check.firstBrokenLink()).isEqualTo(new BrokenLink(4, this.events.get(3), Problem.LINK_BROKEN));
	}

	@Test
	void anOldEventKeptFromTheSealerIsReportedButAFreshOneIsNot() {
		long fresh = this.database.record("fresh");
		long kept = this.database.record("kept");
		this.database.tamper("audit_event",
				"update audit_event set occurred_at = now() - interval '1 hour' where id = " + kept);
		this.database.jdbc.sql("delete from audit_unsealed where event_id = :id").param("id", kept).update();
		this.database.jdbc.sql("delete from audit_unsealed where event_id = :id").param("id", fresh).update();

		AuditChainCheck check = this.database.verifier.check();

		assertThat(check.firstBrokenLink()).isNull();
		assertThat(check.overdueEvents()).isEqualTo(1);
		assertThat(check.lowestOverdueEventId()).isEqualTo(kept);
		assertThat(check.intact()).isFalse();
	}

	@Test
	void theCheckIsItselfAuditedWithItsOutcome() {
		this.database.tamper("audit_event", "update audit_event set actor_name = 'someone else' where id = "
				+ this.events.get(0));

		this.database.verifier.checkAs(AuditActor.system("test"));

		String outcome = this.database.jdbc.sql("select outcome from audit_event where action = 'VERIFY'")
			.query(String.class).single();
		assertThat(outcome).isEqualTo("FAILURE");
	}

}
