package tandem.marac;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.agency.Actor;
import tandem.audit.AuditAction;
import tandem.audit.AuditEvent;
import tandem.audit.AuditLog;

/** An agency records progress on its own actions and completes them with what was done. */
@Service
class ActionProgress {

	private final Actions actions;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	ActionProgress(Actions actions, JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.actions = actions;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** @param complete true to complete the action with {@code note} as what was done */
	@Transactional
	void record(Actor actor, UUID actionId, int version, @Nullable String note, boolean complete) {
		ActionView action = this.actions.ofAgency(actionId, actor.agency().id())
			.filter(a -> actor.worksWithCases())
			.orElseThrow(NotFound::new);
		String text = note == null ? "" : note.strip();
		if (text.isEmpty()) {
			throw new ChangeRefused("note", complete ? "Enter what was done" : "Enter the progress made");
		}
		if (text.length() > MeetingRecord.MAX_TEXT) {
			throw new ChangeRefused("note", "The note must be 10,000 characters or fewer");
		}
		int changed = this.jdbc.sql(complete ? """
				update marac_action set status = 'DONE', outcome = :note, closed_at = :now, version = version + 1
				where id = :id and version = :version and status = 'OPEN'
				""" : """
				update marac_action set progress = :note, version = version + 1
				where id = :id and version = :version and status = 'OPEN'
				""")
			.param("note", text).param("now", OffsetDateTime.now(this.clock)).param("id", actionId).param("version", version)
			.update();
		if (changed == 0) {
			throw ChangeRefused.conflict("this action");
		}
		this.audit.record(AuditEvent.success(actor.asAuditActor(), AuditAction.CHANGE, "marac-action", actionId)
			.inCase(action.caseId()).withDetail(complete ? "completed" : "progress"));
	}

}
