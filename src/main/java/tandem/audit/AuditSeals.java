package tandem.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The sealer's view of the database: the queue of waiting events, the end of the chain, and appending seals. */
@Repository
class AuditSeals {

	private final JdbcTemplate jdbcTemplate;

	private final JdbcClient jdbc;

	AuditSeals(JdbcTemplate jdbcTemplate) {
		this.jdbcTemplate = jdbcTemplate;
		this.jdbc = JdbcClient.create(jdbcTemplate);
	}

	/**
	 * Committed events that wait for a seal, lowest id first. The queue is read first (the limited subquery is not
	 * flattened): joined directly, PostgreSQL walked audit_event in id order past every event already sealed, so with
	 * a backlog each batch took longer than the one before.
	 */
	List<RecordedEvent> waiting(int limit) {
		return this.jdbc.sql("select " + RecordedEvent.COLUMNS + """
				 from (select event_id from audit_unsealed order by event_id limit :limit) u
				join audit_event e on e.id = u.event_id
				order by u.event_id
				""")
			.param("limit", limit)
			.query((row, number) -> RecordedEvent.from(row))
			.list();
	}

	/** The newest seal, or the genesis position when nothing has been sealed yet. */
	ChainEnd end() {
		return this.jdbc.sql("select sequence, hash from audit_seal order by sequence desc limit 1")
			.query((row, number) -> new ChainEnd(row.getLong("sequence"), row.getBytes("hash")))
			.optional()
			.orElseGet(ChainEnd::genesis);
	}

	/** Appends the seals and takes their events off the queue, in the caller's transaction. */
	void append(List<Seal> seals, Instant sealedAt) {
		Timestamp at = Timestamp.from(sealedAt);
		this.jdbcTemplate.batchUpdate("""
				insert into audit_seal (sequence, event_id, previous_hash, hash, sealed_at) values (?, ?, ?, ?, ?)
				""", seals, seals.size(), (statement, seal) -> {
			statement.setLong(1, seal.sequence());
			statement.setLong(2, seal.eventId());
			statement.setBytes(3, seal.previousHash());
			statement.setBytes(4, seal.hash());
			statement.setTimestamp(5, at);
		});
		Long[] eventIds = seals.stream().map(Seal::eventId).toArray(Long[]::new);
		this.jdbcTemplate.update("delete from audit_unsealed where event_id = any (?)",
				statement -> statement.setArray(1, statement.getConnection().createArrayOf("bigint", eventIds)));
	}

	/** How many events there are, how many are sealed and how many wait in the sealer's queue. */
	AuditCounts counts() {
		return this.jdbc.sql("""
				select (select count(*) from audit_event) as events, (select count(*) from audit_seal) as sealed,
				       (select count(*) from audit_unsealed) as waiting
				""")
			.query((row, number) -> new AuditCounts(row.getLong("events"), row.getLong("sealed"), row.getLong("waiting")))
			.single();
	}

	record AuditCounts(long events, long sealed, long waiting) {
	}

	/** Where the chain ends: the sequence and hash of its newest seal. */
	record ChainEnd(long sequence, byte[] hash) {

		static ChainEnd genesis() {
			return new ChainEnd(0, ChainHash.genesis());
		}

	}

	record Seal(long sequence, long eventId, byte[] previousHash, byte[] hash) {
	}

}
