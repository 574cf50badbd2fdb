package tandem.referral;

import java.util.Map;
import java.util.TreeMap;

/**
 * The GOV.UK "add another" pattern without JavaScript: a page of repeated entries (perpetrators, children) keeps
 * their number in {@code <group>-count} and each entry's fields as {@code <group>-<index>-<field>}. Adding appends an
 * empty entry; removing one renumbers those after it, so the entries stay 0 to count - 1.
 */
final class RepeatedAnswers {

	/** More than any referral needs; the validator sets the real limits and says so. */
	static final int MOST = 25;

	private RepeatedAnswers() {
	}

	static Map<String, String> add(Map<String, String> typed, String group) {
		Map<String, String> changed = new TreeMap<>(typed);
		changed.put(group + "-count", String.valueOf(Math.min(count(typed, group) + 1, MOST)));
		return changed;
	}

	static Map<String, String> remove(Map<String, String> typed, String group, int removed) {
		int count = count(typed, group);
		Map<String, String> changed = new TreeMap<>();
		typed.forEach((field, value) -> {
			String prefix = group + "-";
			int dash = field.indexOf('-', prefix.length());
			if (!field.startsWith(prefix) || dash < 0) {
				changed.put(field, value);
				return;
			}
			int index = Integer.parseInt(field.substring(prefix.length(), dash));
			if (index != removed) {
				changed.put(prefix + (index > removed ? index - 1 : index) + field.substring(dash), value);
			}
		});
		changed.put(group + "-count", String.valueOf(Math.max(count - 1, 0)));
		return changed;
	}

	/** The number of entries, from a page's hidden field (never trusted beyond {@link #MOST}). */
	static int count(Map<String, String> answers, String group) {
		try {
			return Math.clamp(Integer.parseInt(answers.getOrDefault(group + "-count", "0")), 0, MOST);
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

}
