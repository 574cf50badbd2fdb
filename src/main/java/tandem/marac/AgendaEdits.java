package tandem.marac;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.agency.Actor;
import tandem.audit.AuditAction;
import tandem.audit.AuditEvent;
import tandem.audit.AuditLog;

/**
 * The coordinator moves, defers or withdraws a case on an agenda, always with a reason. Each change is checked against
 * the version the coordinator saw, so two coordinators editing one agenda never lose a change silently.
 */
@Service
class AgendaEdits {

	private final MeetingLookup lookup;

	private final AgendaItems items;

	private final Meetings meetings;

	private final AgendaPlacement placement;

	private final AuditLog audit;

	private final Clock clock;

	AgendaEdits(MeetingLookup lookup, AgendaItems items, Meetings meetings, AgendaPlacement placement, AuditLog audit,
			Clock clock) {
		this.lookup = lookup;
		this.items = items;
		this.meetings = meetings;
		this.placement = placement;
		this.audit = audit;
		this.clock = clock;
	}

	enum Change {
		MOVE, DEFER, WITHDRAW
	}

	/** @param toMeeting the meeting to move to; only for {@link Change#MOVE} */
	@Transactional
	UUID change(Actor actor, UUID itemId, int version, Change change, String reason, UUID toMeeting) {
		AgendaItems.Item item = this.items.find(itemId).orElseThrow(NotFound::new);
		Meeting from = this.lookup.running(actor, item.meetingId());
		if (reason.isBlank()) {
			throw new ChangeRefused("reason", "Enter the reason for the change");
		}
		if (reason.length() > 2000) {
			throw new ChangeRefused("reason", "The reason must be 2,000 characters or fewer");
		}
		if (!item.listed() || item.version() != version) {
			throw ChangeRefused.conflict("this case on the agenda");
		}
		UUID landed = switch (change) {
			case WITHDRAW -> {
				closeItem(item, version, "WITHDRAWN", reason);
				yield item.meetingId();
			}
			case DEFER -> defer(item, version, from, reason);
			case MOVE -> move(item, version, from, reason, toMeeting);
		};
		this.audit.record(AuditEvent.success(actor.asAuditActor(), AuditAction.CHANGE, "agenda-item", itemId)
			.inCase(item.caseId())
			.withDetail(change.name().toLowerCase(java.util.Locale.UK) + ": " + reason));
		return landed;
	}

	private UUID defer(AgendaItems.Item item, int version, Meeting from, String reason) {
		if (item.deferred()) {
			throw new ChangeRefused("change", "This case has already been deferred once. Hear it at this meeting, "
					+ "or move it to a named meeting with a reason");
		}
		Meeting next = this.placement.nextMeeting(from.areaId(), from.heldOn().plusDays(1));
		closeItem(item, version, "DEFERRED", reason);
		relist(item, next, true);
		return next.id();
	}

	private UUID move(AgendaItems.Item item, int version, Meeting from, String reason, UUID toMeetingId) {
		Meeting to = this.meetings.find(toMeetingId)
			.filter(m -> m.areaId().equals(from.areaId()) && !m.cancelled() && !m.id().equals(from.id()))
			.orElseThrow(() -> new ChangeRefused("toMeeting", "Choose another meeting of this MARAC"));
		if (to.heldOn().isBefore(LocalDate.now(this.clock))) {
			throw new ChangeRefused("toMeeting", "Choose a meeting that has not yet been held");
		}
		if (this.items.isListedOn(to.id(), item.caseId())) {
			throw new ChangeRefused("toMeeting", "This case is already on that meeting's agenda");
		}
		closeItem(item, version, "MOVED", reason);
		relist(item, to, item.deferred());
		return to.id();
	}

	private void closeItem(AgendaItems.Item item, int version, String status, String reason) {
		if (!this.items.close(item.id(), version, status, reason)) {
			throw ChangeRefused.conflict("this case on the agenda");
		}
	}

	private void relist(AgendaItems.Item item, Meeting to, boolean deferred) {
		this.items.list(to.id(), item.caseId(), null, item.category(), item.id(), deferred, null, OffsetDateTime.now(this.clock));
	}

}
