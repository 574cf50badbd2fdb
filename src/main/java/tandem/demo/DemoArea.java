package tandem.demo;

/** The two areas of the demo partnership, fixed by API.md. */
enum DemoArea {

	NORTH("north", "North area (demo)"),
	SOUTH("south", "South area (demo)");

	private final String code;

	private final String displayName;

	DemoArea(String code, String displayName) {
		this.code = code;
		this.displayName = displayName;
	}

	String code() {
		return this.code;
	}

	String displayName() {
		return this.displayName;
	}

	/** Where someone in a refuge is: the area only, because a refuge address is never stored. */
	String refugeNote() {
		return "In refuge, " + this.code + " area";
	}

}
