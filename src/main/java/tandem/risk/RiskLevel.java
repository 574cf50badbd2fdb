package tandem.risk;

/** Standard, medium or high risk of serious harm (OASys levels, "standard" for OASys "low"). */
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
