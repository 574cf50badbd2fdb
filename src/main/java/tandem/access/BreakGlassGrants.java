package tandem.access;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.Ids;
import tandem.agency.Actor;
import tandem.audit.AuditAction;
import tandem.audit.AuditEvent;
import tandem.audit.AuditLog;

/**
 * Emergency ("break glass") access: someone the policy would refuse, but offers break glass to, states why and gets
 * the case for a limited time. Each grant is audited with its reason and waits for the area's coordinator to review it.
 */
@Service
public class BreakGlassGrants {

	/** Long enough for one working shift; a further need means a further, separately reviewed, reason. */
	public static final Duration VALIDITY = Duration.ofHours(8);

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	BreakGlassGrants(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** Whether the actor holds an unexpired grant for the case. API clients never do: grants are personal. */
	public boolean isActive(UUID caseId, Actor actor) {
		if (actor.userId() == null) {
			return false;
		}
		return this.jdbc.sql("""
				select exists (select 1 from break_glass
				               where case_id = :caseId and user_id = :userId and expires_at > :now)
				""")
			.param("caseId", caseId)
			.param("userId", actor.userId())
			.param("now", Timestamp.from(Instant.now(this.clock)))
			.query(Boolean.class)
			.single();
	}

	/**
	 * Grants emergency access and records it, with the reason, on the case's audit trail.
	 * @param caseReference kept with the grant so the coordinator can recognise the case without this module reading it
	 * @throws IllegalStateException when the policy does not offer break glass to this actor on this case
	 */
	@Transactional
	public void grant(Actor actor, CaseAccessFacts facts, String caseReference, BreakGlassReason reason) {
		if (actor.userId() == null || !CaseAccessPolicy.decide(actor, facts, false).offersBreakGlass()) {
			throw new IllegalStateException("Break glass is not available to this actor on this case");
		}
		UUID id = Ids.next();
		Instant now = Instant.now(this.clock);
		this.jdbc.sql("""
				insert into break_glass (id, case_id, user_id, reason, granted_at, expires_at, area_id, case_reference)
				values (:id, :caseId, :userId, :reason, :grantedAt, :expiresAt, :areaId, :caseReference)
				""")
			.param("id", id)
			.param("caseId", facts.caseId())
			.param("userId", actor.userId())
			.param("reason", reason.text())
			.param("grantedAt", Timestamp.from(now))
			.param("expiresAt", Timestamp.from(now.plus(VALIDITY)))
			.param("areaId", facts.areaId())
			.param("caseReference", caseReference)
			.update();
		this.audit.record(AuditEvent.success(actor.asAuditActor(), AuditAction.BREAK_GLASS, "case", facts.caseId())
			.inCase(facts.caseId())
			.withDetail(reason.text()));
	}

	/** How many grants in the area no coordinator has reviewed yet. */
	public int awaitingReview(UUID areaId) {
		return this.jdbc.sql("select count(*) from break_glass where area_id = :areaId and reviewed_at is null")
			.param("areaId", areaId)
			.query(Integer.class)
			.single();
	}

}
