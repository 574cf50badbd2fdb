package tandem.casework;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Why a service's case closed. No national list exists (domain.md §3.3); this is the project's list, and OTHER
 * requires a note.
 */
enum ClosureReason {

	SUPPORT_COMPLETE("Support complete, risk reduced"),
	DECLINED_SUPPORT("The victim declined support"),
	UNABLE_TO_CONTACT("Unable to contact after safe attempts"),
	DISENGAGED("The victim disengaged"),
	MOVED_AWAY("Moved out of the area (transferred)"),
	REFERRED_ON("Referred on to another service"),
	DECEASED("The victim has died"),
	UNSAFE_TO_CONTACT("Contact would put the victim at risk"),
	OTHER("Other");

	private final String label;

	ClosureReason(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	static Map<String, String> options() {
		Map<String, String> options = new LinkedHashMap<>();
		for (ClosureReason reason : values()) {
			options.put(reason.name(), reason.label);
		}
		return options;
	}

}
