package tandem.casework;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.Ids;
import tandem.agency.Actor;
import tandem.audit.AuditAction;
import tandem.audit.AuditEvent;
import tandem.audit.AuditLog;

/** The day-to-day record of a service's case: contacts, actions, the next risk review, and closure. */
@Service
class CaseworkChanges {

	enum Method {
		PHONE, TEXT, EMAIL, IN_PERSON, VIA_PROFESSIONAL
	}

	enum ContactOutcome {
		CONTACT_MADE, NO_ANSWER, NOT_SAFE_TO_TALK, MESSAGE_LEFT
	}

	/** A case with open actions cannot close: they would be lost from every list. */
	static final class OpenActions extends RuntimeException {

		private final long count;

		OpenActions(long count) {
			super("The case has open actions");
			this.count = count;
		}

		long count() {
			return this.count;
		}

	}

	/** Someone else changed the case since the page was shown. */
	static final class ChangedMeanwhile extends RuntimeException {

		ChangedMeanwhile() {
			super("The case was changed by someone else");
		}

	}

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	CaseworkChanges(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** A contact or an attempt; the first one made is the case's first contact (time to first contact). */
	@Transactional
	public void recordContact(Actor actor, SupportCase supportCase, Method method, ContactOutcome outcome,
			@Nullable String note) {
		Instant now = Instant.now(this.clock);
		UUID id = Ids.next();
		this.jdbc.sql("""
				insert into contact_log (id, support_case_id, occurred_at, method, outcome, note, by_user_id)
				values (:id, :case, :now, :method, :outcome, :note, :user)
				""")
			.param("id", id).param("case", supportCase.id()).param("now", Timestamp.from(now))
			.param("method", method.name()).param("outcome", outcome.name()).param("note", note)
			.param("user", actor.userId())
			.update();
		if (outcome == ContactOutcome.CONTACT_MADE) {
			this.jdbc.sql("update support_case set first_contact_at = coalesce(first_contact_at, :now) where id = :id")
				.param("now", Timestamp.from(now)).param("id", supportCase.id())
				.update();
		}
		audit(actor, supportCase, AuditAction.CREATE, "contact " + outcome.name());
	}

	@Transactional
	public void addAction(Actor actor, SupportCase supportCase, String description, @Nullable LocalDate dueOn) {
		this.jdbc.sql("""
				insert into support_action (id, support_case_id, description, due_on) values (:id, :case, :text, :due)
				""")
			.param("id", Ids.next()).param("case", supportCase.id()).param("text", description.strip())
			.param("due", dueOn)
			.update();
		audit(actor, supportCase, AuditAction.CHANGE, "action added");
	}

	@Transactional
	public void completeAction(Actor actor, SupportCase supportCase, UUID actionId) {
		this.jdbc.sql("""
				update support_action set done_at = :now where id = :id and support_case_id = :case and done_at is null
				""")
			.param("now", Timestamp.from(Instant.now(this.clock))).param("id", actionId).param("case", supportCase.id())
			.update();
		audit(actor, supportCase, AuditAction.CHANGE, "action completed");
	}

	/** When risk should next be reassessed; the caseload flags it once the day comes. */
	@Transactional
	public void reviewDue(Actor actor, SupportCase supportCase, LocalDate dueOn) {
		this.jdbc.sql("update support_case set review_due_on = :due, version = version + 1 where id = :id")
			.param("due", dueOn).param("id", supportCase.id())
			.update();
		audit(actor, supportCase, AuditAction.CHANGE, "review due " + dueOn);
	}

	@Transactional
	public void close(Actor actor, SupportCase supportCase, int version, ClosureReason reason, @Nullable String note) {
		long open = this.jdbc.sql("select count(*) from support_action where support_case_id = :id and done_at is null")
			.param("id", supportCase.id())
			.query(Long.class)
			.single();
		if (open > 0) {
			throw new OpenActions(open);
		}
		int changed = this.jdbc.sql("""
				update support_case set closed_on = :today, closure_reason = :reason, closure_note = :note,
				    version = version + 1
				where id = :id and version = :version and closed_on is null
				""")
			.param("today", LocalDate.now(this.clock)).param("reason", reason.name()).param("note", note)
			.param("id", supportCase.id()).param("version", version)
			.update();
		if (changed == 0) {
			throw new ChangedMeanwhile();
		}
		audit(actor, supportCase, AuditAction.CHANGE, "closed: " + reason.name());
	}

	private void audit(Actor actor, SupportCase supportCase, AuditAction action, String detail) {
		this.audit.record(AuditEvent.success(actor.asAuditActor(), action, "support-case", supportCase.id())
			.inCase(supportCase.caseId()).withDetail(detail));
	}

}
