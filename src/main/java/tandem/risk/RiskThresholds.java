package tandem.risk;

import java.time.Period;

/**
 * An area's thresholds. The defaults are SafeLives' (14 yes answers, 3 police call-outs in 12 months, the current
 * repeat definition) with the common local banding of 10–13 as medium; each area may set its own.
 */
public record RiskThresholds(int visibleHighRiskYesCount, int mediumRiskYesCount, int escalationCallouts,
		Period repeatWindow, RepeatDefinition repeatDefinition) {

	public static final RiskThresholds SAFELIVES_DEFAULTS = new RiskThresholds(14, 10, 3, Period.ofMonths(12),
			RepeatDefinition.ANY_ABUSE);

	public RiskThresholds {
		if (visibleHighRiskYesCount < 1 || visibleHighRiskYesCount > DashQuestion.values().length) {
			throw new IllegalArgumentException("The visible high risk threshold must be between 1 and 24 yes answers");
		}
		if (mediumRiskYesCount < 1 || mediumRiskYesCount > visibleHighRiskYesCount) {
			throw new IllegalArgumentException("The medium risk threshold must be between 1 and the high risk threshold");
		}
		if (escalationCallouts < 1) {
			throw new IllegalArgumentException("The potential escalation threshold must be at least one call-out");
		}
		if (repeatWindow.isNegative() || repeatWindow.isZero()) {
			throw new IllegalArgumentException("The repeat window must be a positive period");
		}
	}

}
