package tandem.marac;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
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
 * The chair agrees timed actions for a case and, at a later meeting, reviews those still open: done, could not be done
 * because circumstances changed, or simply not done (SafeLives' minutes checklist keeps the two apart).
 */
@Service
class ActionPlanning {

	private final MeetingLookup lookup;

	private final AgendaItems items;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	ActionPlanning(MeetingLookup lookup, AgendaItems items, JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.lookup = lookup;
		this.items = items;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** Thrown with every problem of the form at once, so the page shows them all. */
	static final class Invalid extends RuntimeException {

		private final transient Map<String, String> problems;

		Invalid(Map<String, String> problems) {
			super("The action is not valid");
			this.problems = Map.copyOf(problems);
		}

		Map<String, String> problems() {
			return this.problems;
		}

	}

	@Transactional
	UUID add(Actor actor, UUID itemId, ActionForm form) {
		AgendaItems.Item item = this.items.find(itemId).orElseThrow(NotFound::new);
		Meeting meeting = this.lookup.running(actor, item.meetingId());
		Map<String, String> problems = new java.util.LinkedHashMap<>(form.problems(meeting.heldOn()));
		UUID agencyId = form.ownerId().flatMap(owner -> presentAgencyOf(meeting.id(), owner)).orElse(null);
		if (!problems.containsKey("owner") && agencyId == null) {
			problems.put("owner", "Choose an owner from an agency present at the meeting");
		}
		if (!problems.isEmpty()) {
			throw new Invalid(problems);
		}
		UUID id = Ids.next();
		this.jdbc.sql("""
				insert into marac_action (id, agenda_item_id, meeting_id, case_id, agency_id, owner_user_id, description,
				                          due_on, created_at)
				values (:id, :item, :meeting, :case, :agency, :owner, :what, :due, :now)
				""")
			.param("id", id).param("item", itemId).param("meeting", meeting.id()).param("case", item.caseId())
			.param("agency", agencyId).param("owner", form.ownerId().orElseThrow()).param("what", form.what())
			.param("due", form.dueOn().orElseThrow()).param("now", OffsetDateTime.now(this.clock))
			.update();
		this.audit.record(AuditEvent.success(actor.asAuditActor(), AuditAction.CREATE, "marac-action", id)
			.inCase(item.caseId()));
		return id;
	}

	enum Review {
		DONE, CIRCUMSTANCES_CHANGED, NOT_DONE
	}

	/** Records the review of an earlier meeting's open action at the meeting now hearing the same case. */
	@Transactional
	void review(Actor actor, UUID itemId, UUID actionId, int version, Review review) {
		AgendaItems.Item item = this.items.find(itemId).orElseThrow(NotFound::new);
		this.lookup.running(actor, item.meetingId());
		int changed = this.jdbc.sql("""
				update marac_action set status = :status, closed_at = :now, version = version + 1
				where id = :id and case_id = :case and meeting_id <> :meeting and status = 'OPEN' and version = :version
				""")
			.param("status", review.name()).param("now", OffsetDateTime.now(this.clock)).param("id", actionId)
			.param("case", item.caseId()).param("meeting", item.meetingId()).param("version", version)
			.update();
		if (changed == 0) {
			throw ChangeRefused.conflict("this action");
		}
		this.audit.record(AuditEvent.success(actor.asAuditActor(), AuditAction.CHANGE, "marac-action", actionId)
			.inCase(item.caseId()).withDetail("reviewed: " + review.name()));
	}

	private java.util.Optional<UUID> presentAgencyOf(UUID meetingId, UUID userId) {
		return this.jdbc.sql("""
				select u.agency_id from app_user u
				join marac_invitation i on i.agency_id = u.agency_id and i.meeting_id = :meeting
				where u.id = :user and u.enabled and i.attendance = 'PRESENT'
				""")
			.param("meeting", meetingId).param("user", userId)
			.query(UUID.class)
			.optional();
	}

}
