package tandem.marac;

/** Why a case is on an agenda, in the order coordinators work through them. */
enum AgendaCategory {

	EMERGENCY("Emergency"), REPEAT("Repeat"), TRANSFER_IN("Transfer in"), NEW("New");

	private final String label;

	AgendaCategory(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
