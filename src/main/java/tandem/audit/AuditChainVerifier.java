package tandem.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Checks the audit chain: walks every seal in sequence order, recomputes each hash from the event it seals, and
 * names the first link that fails; then looks for events that have waited too long for a seal. Seals are read in
 * batches of {@code tandem.audit.check-batch-size}, so memory stays flat however long the chain grows.
 */
@Service
public class AuditChainVerifier {

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final AuditSettings settings;

	private final Clock clock;

	AuditChainVerifier(JdbcClient jdbc, AuditLog audit, AuditSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.settings = settings;
		this.clock = clock;
	}

	/** Checks the chain and puts the check itself on the audit trail. */
	public AuditChainCheck checkAs(AuditActor requestedBy) {
		AuditChainCheck result = check();
		AuditEvent event = AuditEvent.success(requestedBy, AuditAction.VERIFY, "audit-chain", null)
			.withDetail(result.auditDetail());
		this.audit.recordAlone(result.intact() ? event : event.withOutcome(AuditEvent.Outcome.FAILURE));
		return result;
	}

	/** Checks the chain as it stands now; seals appended while the check runs are left for the next one. */
	AuditChainCheck check() {
		Instant now = Instant.now(this.clock);
		long lastSequence = this.jdbc.sql("select coalesce(max(sequence), 0) from audit_seal")
			.query(Long.class)
			.single();
		ChainWalk walk = ChainWalk.fromGenesis();
		while (walk.goesOn(lastSequence)) {
			List<SealedLink> batch = links(walk.checked(), lastSequence);
			if (batch.isEmpty()) {
				// Only when seals vanished during the check; it reports how far the chain held.
				break;
			}
			walk = walk.through(batch);
		}
		return withOverdueEvents(now, walk);
	}

	/**
	 * The seals after the given position up to the last one, keyset-paged on the primary key. A removed seal
	 * shows up as a sequence gap in the page that follows it, so this never loops on one.
	 */
	private List<SealedLink> links(long afterSequence, long lastSequence) {
		return this.jdbc.sql("select s.sequence, s.event_id, s.previous_hash, s.hash, " + RecordedEvent.COLUMNS + """
				 from audit_seal s left join audit_event e on e.id = s.event_id
				where s.sequence > :after and s.sequence <= :last
				order by s.sequence
				limit :limit
				""")
			.param("after", afterSequence)
			.param("last", lastSequence)
			.param("limit", this.settings.checkBatchSize())
			.query((row, number) -> SealedLink.from(row))
			.list();
	}

	private AuditChainCheck withOverdueEvents(Instant now, ChainWalk walk) {
		Instant cutoff = now.minus(this.settings.unsealedTolerance());
		return this.jdbc.sql("""
				select count(*) as overdue, min(e.id) as lowest from audit_event e
				where e.occurred_at < :cutoff and not exists (select 1 from audit_seal s where s.event_id = e.id)
				""")
			.param("cutoff", Timestamp.from(cutoff))
			.query((row, number) -> new AuditChainCheck(now, walk.checked(), walk.broken(), row.getLong("overdue"),
					row.getObject("lowest", Long.class), this.settings.unsealedTolerance(), walk.lastHash()))
			.single();
	}

}
