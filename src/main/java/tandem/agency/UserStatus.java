package tandem.agency;

/** Whether a user can sign in now, as the administration pages show it. */
enum UserStatus {

	ACTIVE("Active"), DISABLED("Disabled"), LOCKED("Locked");

	private final String label;

	UserStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
