package tandem.audit;

import org.jspecify.annotations.Nullable;

/** Who did something, as the audit trail records it. */
public record AuditActor(String id, String name, @Nullable String agency) {

	/** For attempts before anyone is known, e.g. a failed sign-in: the claimed username is kept as the name. */
	public static AuditActor anonymous(String claimedName) {
		return new AuditActor("anonymous", claimedName, null);
	}

	public static AuditActor system(String job) {
		return new AuditActor("system", job, null);
	}

}
