package tandem.risk;

import java.util.List;

/** Which way a case's risk has moved, from its first assessment to its latest, in words for the case page. */
public enum RiskTrend {

	SINGLE("One assessment so far."),
	RISING("Risk has risen since the first assessment."),
	FALLING("Risk has fallen since the first assessment."),
	UNCHANGED("Risk is at the same level as at the first assessment.");

	private final String sentence;

	RiskTrend(String sentence) {
		this.sentence = sentence;
	}

	public String sentence() {
		return this.sentence;
	}

	public static RiskTrend of(List<RiskHistory.Entry> oldestFirst) {
		if (oldestFirst.size() < 2) {
			return SINGLE;
		}
		int change = oldestFirst.getLast().riskLevel().compareTo(oldestFirst.getFirst().riskLevel());
		return change > 0 ? RISING : change < 0 ? FALLING : UNCHANGED;
	}

}
