package tandem.triage;

import java.util.LinkedHashMap;
import java.util.Map;

/** Where the triage meeting sends a referral. */
public enum TriageRoute {

	MARAC("The area’s MARAC"),
	IDVA("The IDVA service"),
	SERVICE("A service in the directory"),
	EARLY_HELP("Early help"),
	NO_FURTHER_ACTION("No further action");

	private final String label;

	TriageRoute(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	static Map<String, String> options() {
		Map<String, String> options = new LinkedHashMap<>();
		for (TriageRoute route : values()) {
			options.put(route.name(), route.label);
		}
		return options;
	}

}
