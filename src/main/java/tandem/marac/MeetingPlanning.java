package tandem.marac;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.agency.Actor;
import tandem.audit.AuditAction;
import tandem.audit.AuditEvent;
import tandem.audit.AuditLog;

/** The coordinator sets the area's schedule, adds extra or emergency meetings and cancels empty ones. */
@Service
class MeetingPlanning {

	private final Schedules schedules;

	private final Meetings meetings;

	private final AgendaItems items;

	private final MeetingLookup lookup;

	private final AuditLog audit;

	private final Clock clock;

	MeetingPlanning(Schedules schedules, Meetings meetings, AgendaItems items, MeetingLookup lookup, AuditLog audit,
			Clock clock) {
		this.schedules = schedules;
		this.meetings = meetings;
		this.items = items;
		this.lookup = lookup;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	void schedule(Actor actor, MaracSchedule schedule) {
		requireCoordinator(actor, schedule.areaId());
		if (!this.schedules.save(schedule)) {
			throw ChangeRefused.conflict("the schedule");
		}
		this.audit.record(AuditEvent.success(actor.asAuditActor(), AuditAction.CHANGE, "marac-schedule",
				schedule.areaId()));
	}

	@Transactional
	UUID add(Actor actor, LocalDate day, LocalTime startsAt, Meeting.Kind kind, String venue) {
		UUID areaId = actor.agency().areaId();
		requireCoordinator(actor, areaId);
		if (day.isBefore(LocalDate.now(this.clock))) {
			throw new ChangeRefused("day", "The date of the meeting must be today or in the future");
		}
		MaracSchedule schedule = this.schedules.of(areaId);
		// An emergency meeting takes cases the coordinator lists on it; no referral is too late for it.
		LocalDate cutOff = kind == Meeting.Kind.EMERGENCY ? day : schedule.cutOffFor(day);
		UUID id = this.meetings.add(areaId, day, startsAt, kind, venue, cutOff, OffsetDateTime.now(this.clock));
		this.audit.record(AuditEvent.success(actor.asAuditActor(), AuditAction.CREATE, "marac-meeting", id)
			.withDetail(kind.name()));
		return id;
	}

	@Transactional
	void chair(Actor actor, UUID meetingId, int version, UUID chairUserId) {
		Meeting meeting = this.lookup.running(actor, meetingId);
		if (this.meetings.possibleChairs(meeting.areaId()).stream().noneMatch(c -> c.userId().equals(chairUserId))) {
			throw new ChangeRefused("chair", "Choose a chair or coordinator of this area");
		}
		if (!this.meetings.setChair(meetingId, chairUserId, version)) {
			throw ChangeRefused.conflict("this meeting");
		}
		this.audit.record(AuditEvent.success(actor.asAuditActor(), AuditAction.CHANGE, "marac-meeting", meetingId)
			.withDetail("chair " + chairUserId));
	}

	/** Only an empty agenda can be cancelled, so no case is left on a meeting that will not happen. */
	@Transactional
	void cancel(Actor actor, UUID meetingId, int version) {
		Meeting meeting = this.lookup.running(actor, meetingId);
		int listed = this.items.countListed(meetingId);
		if (listed > 0) {
			throw new ChangeRefused("cancel", "This meeting has " + listed + (listed == 1 ? " case" : " cases")
					+ " on its agenda. Move, defer or withdraw them before cancelling it");
		}
		if (!this.meetings.cancel(meeting.id(), version, OffsetDateTime.now(this.clock))) {
			throw ChangeRefused.conflict("this meeting");
		}
		this.audit.record(AuditEvent.success(actor.asAuditActor(), AuditAction.DELETE, "marac-meeting", meetingId));
	}

	private static void requireCoordinator(Actor actor, UUID areaId) {
		if (!MeetingAccess.runsMeetingsOf(actor, areaId)) {
			throw new NotFound();
		}
	}

}
