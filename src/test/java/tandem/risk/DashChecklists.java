package tandem.risk;

import java.util.EnumMap;
import java.util.Map;

/** Test-data builder for Dash checklists: {@code aChecklist().withYes(15).withDontKnow(3).build()}. */
final class DashChecklists {

	private final Map<DashQuestion, DashAnswer> answers = new EnumMap<>(DashQuestion.class);

	private int next;

	private DashChecklists() {
	}

	static DashChecklists aChecklist() {
		return new DashChecklists();
	}

	DashChecklists withYes(int count) {
		return with(DashAnswer.YES, count);
	}

	DashChecklists withNo(int count) {
		return with(DashAnswer.NO, count);
	}

	DashChecklists withDontKnow(int count) {
		return with(DashAnswer.DONT_KNOW, count);
	}

	/** Fills the next {@code count} questions, in checklist order, with the answer. */
	DashChecklists with(DashAnswer answer, int count) {
		for (int i = 0; i < count; i++) {
			this.answers.put(DashQuestion.values()[this.next++], answer);
		}
		return this;
	}

	DashChecklist build() {
		return new DashChecklist(this.answers);
	}

}
