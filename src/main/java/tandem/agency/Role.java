package tandem.agency;

/** What a user does in the partnership. A user may hold several roles; every role is held within one agency. */
public enum Role {

	REFERRER("Referrer"),
	CASEWORKER("IDVA or caseworker"),
	COORDINATOR("MARAC coordinator"),
	CHAIR("MARAC chair"),
	AGENCY_REPRESENTATIVE("Agency representative"),
	TRIAGE("Triage member"),
	ANALYST("Partnership analyst"),
	ADMINISTRATOR("Administrator");

	/**
	 * The {@code @PreAuthorize} rule for recording a risk assessment: the roles for which {@link #assessesRisk()} is
	 * true. Annotations need a constant, so the list is written out; {@code RoleTest} keeps the two in step.
	 */
	public static final String MAY_ASSESS_RISK = "hasAnyRole('REFERRER', 'CASEWORKER', 'COORDINATOR', 'CHAIR', "
			+ "'AGENCY_REPRESENTATIVE')";

	private final String label;

	Role(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** The Spring Security authority for this role, e.g. {@code ROLE_COORDINATOR}. */
	public String authority() {
		return "ROLE_" + name();
	}

	/** Roles that serve a whole area's cases rather than only their own agency's. */
	public boolean servesArea() {
		return this == COORDINATOR || this == CHAIR;
	}

	/** Roles that work a case and so may record a new risk assessment on it (a reassessment). */
	public boolean assessesRisk() {
		return this == REFERRER || this == CASEWORKER || this == COORDINATOR || this == CHAIR
				|| this == AGENCY_REPRESENTATIVE;
	}

	/** Roles that work with case content at all. Administrators and analysts do not, by default. */
	public boolean worksWithCases() {
		return this != ADMINISTRATOR && this != ANALYST;
	}

}
