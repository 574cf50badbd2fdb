package tandem.audit;

import java.time.Duration;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;

import tandem.TandemIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The database itself refuses to change or remove audit events and seals, whatever the application does. Run in a
 * database of its own: were the refusal ever lost, these statements must not damage the trail other tests share.
 */
@TandemIntegrationTest
class AuditAppendOnlyIntegrationTest {

	@Autowired
	DataSource shared;

	SeparateAuditDatabase database;

	long eventId;

	@BeforeEach
	void recordAndSealAnEvent() {
		this.database = SeparateAuditDatabase.besides(this.shared, new AuditSettings(100, 100, Duration.ofMinutes(5)));
		this.eventId = this.database.record("append-only");
		this.database.sealer.sealWaitingEvents();
	}

	@AfterEach
	void dropDatabase() {
		this.database.close();
	}

	@Test
	void refusesToUpdateAnEvent() {
		assertRefused("update audit_event set detail = 'changed' where id = :id");
		assertThat(count("select count(*) from audit_event where id = :id and detail is null")).isOne();
	}

	@Test
	void refusesToDeleteAnEvent() {
		assertRefused("delete from audit_event where id = :id");
		assertThat(count("select count(*) from audit_event where id = :id")).isOne();
	}

	@Test
	void refusesToUpdateASeal() {
		assertRefused("update audit_seal set hash = previous_hash where event_id = :id");
		assertThat(count("select count(*) from audit_seal where event_id = :id and hash <> previous_hash")).isOne();
	}

	@Test
	void refusesToDeleteASeal() {
		assertRefused("delete from audit_seal where event_id = :id");
		assertThat(count("select count(*) from audit_seal where event_id = :id")).isOne();
	}

	@Test
	void refusesToTruncateEitherTable() {
		assertRefused("truncate audit_seal");
		assertRefused("truncate audit_event");
		assertThat(count("select count(*) from audit_seal s join audit_event e on e.id = s.event_id where e.id = :id"))
			.isOne();
	}

	private void assertRefused(String sql) {
		assertThatThrownBy(() -> this.database.jdbc.sql(sql).param("id", this.eventId).update())
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("The audit trail is append-only");
	}

	private long count(String sql) {
		return this.database.jdbc.sql(sql).param("id", this.eventId).query(Long.class).single();
	}

}
