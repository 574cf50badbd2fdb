package tandem.referral;

import java.util.Arrays;
import java.util.Optional;

import tandem.risk.DashQuestion;

/** Finds a Dash question by the key agency systems send, {@code q1} to {@code q24}. */
final class DashQuestions {

	private DashQuestions() {
	}

	static Optional<DashQuestion> byKey(String key) {
		return Arrays.stream(DashQuestion.values()).filter(question -> question.key().equals(key)).findFirst();
	}

}
