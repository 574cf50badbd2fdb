package tandem.agency;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.ui.Model;

/**
 * What is wrong with a submitted form, one message per field in the order the fields appear, as the GOV.UK error
 * summary and the inline error messages show it. The keys are the ids of the fields, so the summary links to them.
 */
final class FormErrors {

	private final Map<String, String> messages = new LinkedHashMap<>();

	/** A problem with the form or action as a whole rather than one field, e.g. a concurrent change. */
	private @Nullable String summary;

	/** Adds a message unless the field already has one: the first, most basic, problem is the one to fix first. */
	FormErrors add(String field, String message) {
		this.messages.putIfAbsent(field, message);
		return this;
	}

	FormErrors check(String field, boolean valid, String message) {
		return valid ? this : add(field, message);
	}

	/** Refuses the form or action as a whole, e.g. because someone else changed the record since it was loaded. */
	FormErrors problem(String message) {
		this.summary = message;
		return this;
	}

	boolean any() {
		return this.summary != null || !this.messages.isEmpty();
	}

	public @Nullable String summary() {
		return this.summary;
	}

	boolean has(String field) {
		return this.messages.containsKey(field);
	}

	public @Nullable String of(String field) {
		return this.messages.get(field);
	}

	public Map<String, String> asMap() {
		return Collections.unmodifiableMap(this.messages);
	}

	/** Puts the errors where the page templates and the layout's "Error: " title prefix look for them. */
	void addTo(Model model) {
		model.addAttribute("errors", this);
		model.addAttribute("hasErrors", any());
	}

}
