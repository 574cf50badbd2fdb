package tandem.audit;

/** What was done to personal data or to the partnership's configuration. */
public enum AuditAction {
	VIEW, CREATE, CHANGE, DELETE, EXPORT, SHARE, DISCLOSE, MERGE, UNMERGE, SIGN_IN, SIGN_OUT, BREAK_GLASS,
	ACCESS_REFUSED, VERIFY
}
