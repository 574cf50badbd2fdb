package tandem.risk;

/** The four SafeLives criteria for referring a case to MARAC; meeting any one of them is enough. */
public record MaracCriteria(boolean visibleHighRisk, boolean professionalJudgement, boolean potentialEscalation,
		boolean repeat) {

	public boolean meetsThreshold() {
		return this.visibleHighRisk || this.professionalJudgement || this.potentialEscalation || this.repeat;
	}

}
