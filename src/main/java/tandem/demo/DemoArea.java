package tandem.demo;

/** The two areas of the demo partnership, fixed by API.md. */
enum DemoArea {

	NORTH("north", "North area (demo)", "N"),
	SOUTH("south", "South area (demo)", "S");

	private final String code;

	private final String displayName;

	private final String referencePrefix;

	DemoArea(String code, String displayName, String referencePrefix) {
		this.code = code;
		this.displayName = displayName;
		this.referencePrefix = referencePrefix;
	}

	String code() {
		return this.code;
	}

	String displayName() {
		return this.displayName;
	}

	/** Case references start with the area's letter, e.g. {@code N-2026-0001}. */
	String referencePrefix() {
		return this.referencePrefix;
	}

	/** Where someone in a refuge is: the area only, because a refuge address is never stored. */
	String refugeNote() {
		return "In refuge, " + this.code + " area";
	}

}
