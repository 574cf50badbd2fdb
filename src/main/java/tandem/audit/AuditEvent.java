package tandem.audit;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One thing to put on the audit trail.
 *
 * @param subjectType what kind of record, e.g. {@code case}, {@code user}, {@code agency}
 * @param caseId the case the event concerns, so that "who has viewed this case" is one query
 * @param detail a short non-identifying note, e.g. the reason given for breaking glass
 */
public record AuditEvent(AuditActor actor, AuditAction action, String subjectType, @Nullable String subjectId,
		@Nullable UUID caseId, Outcome outcome, @Nullable String detail) {

	public enum Outcome {
		SUCCESS, FAILURE, REFUSED
	}

	public static AuditEvent success(AuditActor actor, AuditAction action, String subjectType, @Nullable Object subjectId) {
		return new AuditEvent(actor, action, subjectType, subjectId == null ? null : subjectId.toString(), null,
				Outcome.SUCCESS, null);
	}

	public AuditEvent inCase(UUID caseId) {
		return new AuditEvent(this.actor, this.action, this.subjectType, this.subjectId, caseId, this.outcome, this.detail);
	}

	public AuditEvent withOutcome(Outcome outcome) {
		return new AuditEvent(this.actor, this.action, this.subjectType, this.subjectId, this.caseId, outcome, this.detail);
	}

	public AuditEvent withDetail(String detail) {
		return new AuditEvent(this.actor, this.action, this.subjectType, this.subjectId, this.caseId, this.outcome, detail);
	}

}
