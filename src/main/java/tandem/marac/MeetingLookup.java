package tandem.marac;

import java.util.UUID;

import org.springframework.stereotype.Component;

import tandem.agency.Actor;
import tandem.audit.AuditAction;
import tandem.audit.AuditEvent;
import tandem.audit.AuditLog;

/**
 * Finds a meeting for someone and checks their seat. A meeting they have no seat at answers like one that does not
 * exist, and the refusal is audited.
 */
@Component
class MeetingLookup {

	private final Meetings meetings;

	private final MeetingAccess access;

	private final AuditLog audit;

	MeetingLookup(Meetings meetings, MeetingAccess access, AuditLog audit) {
		this.meetings = meetings;
		this.access = access;
		this.audit = audit;
	}

	record Seated(Meeting meeting, Seat seat) {
	}

	/** The meeting and the actor's seat at it, which may be {@link Seat#OBSERVER_PENDING}. */
	Seated seated(Actor actor, UUID meetingId) {
		Meeting meeting = this.meetings.find(meetingId).orElseThrow(NotFound::new);
		Seat seat = this.access.seat(actor, meeting);
		if (seat == Seat.NONE) {
			refuse(actor, meetingId, "no seat at the meeting");
		}
		return new Seated(meeting, seat);
	}

	/** The meeting, for someone who runs it. */
	Meeting running(Actor actor, UUID meetingId) {
		Seated seated = seated(actor, meetingId);
		if (seated.seat() != Seat.RUNS) {
			refuse(actor, meetingId, "does not run the meeting");
		}
		return seated.meeting();
	}

	boolean invited(UUID meetingId, UUID agencyId) {
		return this.access.invited(meetingId, agencyId);
	}

	private void refuse(Actor actor, UUID meetingId, String why) {
		this.audit.recordAlone(AuditEvent.success(actor.asAuditActor(), AuditAction.ACCESS_REFUSED, "marac-meeting",
				meetingId).withOutcome(AuditEvent.Outcome.REFUSED).withDetail(why));
		throw new NotFound();
	}

}
