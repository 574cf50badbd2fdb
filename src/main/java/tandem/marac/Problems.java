package tandem.marac;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.ui.Model;

/**
 * What is wrong with a submitted form, as the GOV.UK error summary and inline messages show it: one message per field
 * id, in the order of the fields, and optionally one about the form as a whole (a concurrent change).
 */
final class Problems {

	private final Map<String, String> messages = new LinkedHashMap<>();

	private @Nullable String summary;

	static Problems none() {
		return new Problems();
	}

	static Problems of(Map<String, String> messages) {
		Problems problems = new Problems();
		problems.messages.putAll(messages);
		return problems;
	}

	/** A refused change: a conflict is about the whole form; any other belongs to its field. */
	static Problems of(ChangeRefused refused) {
		Problems problems = new Problems();
		if ("conflict".equals(refused.field())) {
			problems.summary = refused.getMessage();
		}
		else {
			problems.messages.put(refused.field(), refused.getMessage());
		}
		return problems;
	}

	public @Nullable String summary() {
		return this.summary;
	}

	public @Nullable String of(String field) {
		return this.messages.get(field);
	}

	public Map<String, String> asMap() {
		return Collections.unmodifiableMap(this.messages);
	}

	boolean any() {
		return this.summary != null || !this.messages.isEmpty();
	}

	void addTo(Model model) {
		model.addAttribute("errors", this);
		model.addAttribute("hasErrors", any());
	}

}
