package tandem.marac;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tandem.audit.AuditAction;
import tandem.audit.AuditActor;
import tandem.audit.AuditEvent;
import tandem.audit.AuditLog;
import tandem.referral.MaracThresholdMet;
import tandem.triage.TriageDecided;
import tandem.triage.TriageRoute;

/**
 * Puts each case that meets the MARAC threshold on the next meeting of its area whose cut-off it makes, creating that
 * meeting from the area's schedule when it does not exist yet. Runs in the referral's own transaction, so a referral
 * is never recorded without its agenda place (doc/adr/0060).
 */
@Service
class AgendaPlacement {

	private static final AuditActor AGENDA = AuditActor.system("marac-agenda");

	/** Far more scheduled meetings than any chain of cancellations; a guard against an endless search. */
	private static final int MEETINGS_TO_TRY = 60;

	private final Schedules schedules;

	private final Meetings meetings;

	private final AgendaItems items;

	private final AuditLog audit;

	private final Clock clock;

	AgendaPlacement(Schedules schedules, Meetings meetings, AgendaItems items, AuditLog audit, Clock clock) {
		this.schedules = schedules;
		this.meetings = meetings;
		this.items = items;
		this.audit = audit;
		this.clock = clock;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(MaracThresholdMet met) {
		if (this.items.listedAhead(met.caseId(), met.on())) {
			return;
		}
		AgendaCategory category = met.repeat() ? AgendaCategory.REPEAT : AgendaCategory.NEW;
		place(met.caseId(), met.areaId(), met.on(), met.referralId(), category, null);
	}

	/**
	 * The daily triage meeting sent a referral below the threshold to MARAC: its judgement lists the case as a new one
	 * on the next meeting whose cut-off the decision makes, unless the case is already listed ahead.
	 */
	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(TriageDecided decided) {
		if (decided.route() != TriageRoute.MARAC) {
			return;
		}
		LocalDate on = LocalDate.ofInstant(decided.decidedAt(), this.clock.getZone());
		if (!this.items.listedAhead(decided.caseId(), on)) {
			place(decided.caseId(), decided.areaId(), on, null, AgendaCategory.NEW, null);
		}
	}

	/** Lists a case on the next meeting made by the given date; returns the new agenda item's id. */
	@Transactional(propagation = Propagation.MANDATORY)
	UUID place(UUID caseId, UUID areaId, LocalDate on, @Nullable UUID referralId, AgendaCategory category,
			@Nullable String transferFrom) {
		Meeting meeting = nextMeeting(areaId, on);
		UUID itemId = this.items.list(meeting.id(), caseId, referralId, category, null, false, transferFrom,
				OffsetDateTime.now(this.clock));
		this.audit.record(AuditEvent.success(AGENDA, AuditAction.CREATE, "agenda-item", itemId)
			.inCase(caseId)
			.withDetail("listed " + category.name() + " for the meeting of " + meeting.heldOn()));
		return itemId;
	}

	/** The first meeting, held or to be created from the schedule, whose cut-off a referral on this date makes. */
	Meeting nextMeeting(UUID areaId, LocalDate on) {
		MaracSchedule schedule = this.schedules.of(areaId);
		Optional<Meeting> existing = this.meetings.firstOpenMadeBy(areaId, on);
		Iterator<LocalDate> days = schedule.meetingDaysMadeBy(on).limit(MEETINGS_TO_TRY).iterator();
		while (days.hasNext()) {
			LocalDate day = days.next();
			if (existing.isPresent() && !existing.get().heldOn().isAfter(day)) {
				return existing.get();
			}
			Meeting scheduled = this.meetings.scheduled(schedule, day, OffsetDateTime.now(this.clock));
			if (!scheduled.cancelled()) {
				return scheduled;
			}
		}
		throw new IllegalStateException("Every scheduled meeting for months ahead is cancelled");
	}

}
