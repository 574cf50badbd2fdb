package tandem.referral;

/**
 * Where a referral goes next. One that meets the MARAC threshold goes to the area's MARAC and its IDVA service; below
 * the threshold the referrer chooses, and an agency system that does not say leaves it to the daily triage meeting
 * so that nothing falls through.
 */
public enum Route {

	MARAC_AND_IDVA("The area's MARAC and IDVA service", "idva"),
	IDVA_SERVICE("The IDVA service", "idva"),
	SPECIALIST_SERVICE("A specialist domestic abuse service", "specialist-domestic-abuse"),
	TRIAGE("The daily triage meeting", null);

	private final String label;

	private final String sectorInvolved;

	Route(String label, String sectorInvolved) {
		this.label = label;
		this.sectorInvolved = sectorInvolved;
	}

	String label() {
		return this.label;
	}

	/** The sector of the agency that takes the case on this route, if one does at once. */
	java.util.Optional<String> sectorInvolved() {
		return java.util.Optional.ofNullable(this.sectorInvolved);
	}

}
