package tandem.access;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.agency.Actor;
import tandem.audit.AuditAction;
import tandem.audit.AuditEvent;
import tandem.audit.AuditLog;

/** The coordinator's side of break glass: see the area's unreviewed grants and mark each one reviewed. */
@Service
class BreakGlassReviews {

	/** A page, not the whole backlog: an area with more than this unreviewed has a conversation to have first. */
	static final int LIMIT = 200;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	BreakGlassReviews(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** The coordinator's area's grants awaiting review, newest first. Who looked at which case is itself recorded. */
	@Transactional
	List<GrantToReview> awaitingReview(Actor coordinator) {
		Instant now = Instant.now(this.clock);
		List<GrantToReview> grants = this.jdbc.sql("""
				select b.id, b.case_id, b.case_reference, u.display_name, g.name as agency_name, b.granted_at,
				       b.expires_at, b.reason
				from break_glass b
				join app_user u on u.id = b.user_id
				join agency g on g.id = u.agency_id
				where b.area_id = :areaId and b.reviewed_at is null
				order by b.granted_at desc
				limit :limit
				""")
			.param("areaId", coordinator.agency().areaId())
			.param("limit", LIMIT)
			.query((rs, row) -> new GrantToReview(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
					rs.getString("case_reference"), rs.getString("display_name"), rs.getString("agency_name"),
					rs.getTimestamp("granted_at").toInstant().atZone(this.clock.getZone()),
					rs.getTimestamp("expires_at").toInstant().atZone(this.clock.getZone()),
					rs.getTimestamp("expires_at").toInstant().isAfter(now), rs.getString("reason")))
			.list();
		this.audit.record(AuditEvent.success(coordinator.asAuditActor(), AuditAction.VIEW, "break-glass-list", null)
			.withDetail(grants.size() + " grants awaiting review"));
		return grants;
	}

	/**
	 * Marks a grant in the coordinator's own area reviewed. Empty when there is no such unreviewed grant there, which
	 * the coordinator sees as "not found" whether it is another area's, already reviewed or made up.
	 */
	@Transactional
	Optional<UUID> markReviewed(Actor coordinator, UUID grantId, ReviewNote note) {
		Optional<UUID> caseId = this.jdbc.sql("""
				update break_glass set reviewed_by = :reviewer, reviewed_at = :now, review_note = :note,
				                       version = version + 1
				where id = :id and area_id = :areaId and reviewed_at is null
				returning case_id
				""")
			.param("reviewer", coordinator.userId())
			.param("now", Timestamp.from(Instant.now(this.clock)))
			.param("note", note.text())
			.param("id", grantId)
			.param("areaId", coordinator.agency().areaId())
			.query(UUID.class)
			.optional();
		caseId.ifPresent(id -> this.audit.record(
				AuditEvent.success(coordinator.asAuditActor(), AuditAction.CHANGE, "break-glass", grantId)
					.inCase(id)
					.withDetail("Emergency access reviewed")));
		return caseId;
	}

}
