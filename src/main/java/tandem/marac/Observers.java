package tandem.marac;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.agency.Actor;
import tandem.audit.AuditAction;
import tandem.audit.AuditEvent;
import tandem.audit.AuditLog;

/**
 * Observers at a meeting (a student, an inspector, a new representative). One sees nothing of the meeting until they
 * have accepted its confidentiality statement; the acceptance is recorded and audited.
 */
@Service
class Observers {

	static final String STATEMENT = "Everything discussed at this MARAC is confidential. I will not share, copy or "
			+ "record anything I see or hear, except as the MARAC's information sharing protocol allows.";

	private final MeetingLookup lookup;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	Observers(MeetingLookup lookup, JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.lookup = lookup;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	void add(Actor actor, UUID meetingId, String username) {
		this.lookup.running(actor, meetingId);
		UUID userId = this.jdbc.sql("select id from app_user where lower(username) = lower(:u) and enabled")
			.param("u", username.strip())
			.query(UUID.class)
			.optional()
			.orElseThrow(() -> new ChangeRefused("username", "Enter the username of someone with a Tandem account"));
		this.jdbc.sql("insert into marac_observer (meeting_id, user_id) values (:m, :u) on conflict do nothing")
			.param("m", meetingId).param("u", userId)
			.update();
		this.audit.record(AuditEvent.success(actor.asAuditActor(), AuditAction.CHANGE, "marac-meeting", meetingId)
			.withDetail("observer added " + userId));
	}

	@Transactional
	void accept(Actor actor, UUID meetingId) {
		MeetingLookup.Seated seated = this.lookup.seated(actor, meetingId);
		if (seated.seat() != Seat.OBSERVER_PENDING) {
			return;
		}
		this.jdbc.sql("update marac_observer set accepted_at = :now where meeting_id = :m and user_id = :u")
			.param("now", OffsetDateTime.now(this.clock)).param("m", meetingId).param("u", actor.userId())
			.update();
		this.audit.record(AuditEvent.success(actor.asAuditActor(), AuditAction.CHANGE, "marac-meeting", meetingId)
			.withDetail("observer accepted the confidentiality statement"));
	}

}
