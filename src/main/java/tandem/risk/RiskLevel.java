package tandem.risk;

/** Standard, medium or high risk of serious harm (OASys levels, "standard" for OASys "low"). */
public enum RiskLevel {
	STANDARD, MEDIUM, HIGH
}
