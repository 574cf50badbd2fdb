package tandem.directory;

import java.util.LinkedHashMap;
import java.util.Map;

/** What kind of service a directory entry is. */
public enum ServiceKind {

	IDVA("IDVA or IDAA advocacy"),
	REFUGE("Refuge"),
	FLOATING_SUPPORT("Floating support"),
	OUTREACH("Outreach"),
	CHILDREN_AND_YOUNG_PEOPLE("Children and young people"),
	PERPETRATOR_PROGRAMME("Perpetrator programme"),
	HELPLINE("Helpline"),
	DROP_IN("Drop-in"),
	COUNSELLING("Counselling"),
	SANCTUARY_SCHEME("Sanctuary scheme"),
	OTHER("Other");

	private final String label;

	ServiceKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	static Map<String, String> options() {
		Map<String, String> options = new LinkedHashMap<>();
		for (ServiceKind kind : values()) {
			options.put(kind.name(), kind.label);
		}
		return options;
	}

}
