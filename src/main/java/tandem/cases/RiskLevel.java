package tandem.cases;

/** The risk level of a case, as the latest risk identification set it (API.md: STANDARD, MEDIUM, HIGH). */
public enum RiskLevel {

	STANDARD("Standard"), MEDIUM("Medium"), HIGH("High");

	private final String label;

	RiskLevel(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
