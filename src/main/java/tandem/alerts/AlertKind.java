package tandem.alerts;

/** What an alert says about a person, and the case role it is about. */
enum AlertKind {

	/** A perpetrator with two or more victims, or in two or more areas. */
	SERIAL_PERPETRATOR("PERPETRATOR"),

	/** A victim in cases of two or more areas. */
	REPEAT_VICTIM("VICTIM");

	private final String role;

	AlertKind(String role) {
		this.role = role;
	}

	static AlertKind ofRole(String role) {
		return role.equals(SERIAL_PERPETRATOR.role) ? SERIAL_PERPETRATOR : REPEAT_VICTIM;
	}

	/** For the pages: "perpetrator" or "victim". */
	String role() {
		return this.role.toLowerCase(java.util.Locale.ROOT);
	}

}
