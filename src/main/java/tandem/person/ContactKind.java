package tandem.person;

/** How someone can be reached. */
public enum ContactKind {

	PHONE("Phone"), EMAIL("Email"), ADDRESS("Address");

	private final String label;

	ContactKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
