package tandem.risk;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A completed Dash risk checklist. A question with no answer counts as {@link DashAnswer#NOT_ASKED}, as API.md fixes.
 */
public record DashChecklist(Map<DashQuestion, DashAnswer> answers) {

	public DashChecklist {
		EnumMap<DashQuestion, DashAnswer> complete = new EnumMap<>(DashQuestion.class);
		for (DashQuestion question : DashQuestion.values()) {
			complete.put(question, answers.getOrDefault(question, DashAnswer.NOT_ASKED));
		}
		answers = Collections.unmodifiableMap(complete);
	}

	public DashAnswer answer(DashQuestion question) {
		return this.answers.get(question);
	}

	/** The checklist's score: the number of "yes" answers, 0 to 24. */
	public int yesCount() {
		return count(DashAnswer.YES);
	}

	/** Questions that were put to someone, whatever the answer ("don't know" included). */
	public int answeredCount() {
		return (int) this.answers.values().stream().filter(DashAnswer::asked).count();
	}

	/** Questions whose answer is neither yes nor no: the part of the picture that is missing. */
	public int unknownCount() {
		return (int) this.answers.values().stream().filter(answer -> !answer.known()).count();
	}

	private int count(DashAnswer wanted) {
		return (int) this.answers.values().stream().filter(wanted::equals).count();
	}

}
