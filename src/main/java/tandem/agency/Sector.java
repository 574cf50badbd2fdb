package tandem.agency;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The kinds of agency that take part in a domestic abuse partnership, stored by their code in {@code agency.sector}.
 */
enum Sector {

	POLICE("police", "Police"),
	IDVA("idva", "IDVA service"),
	SPECIALIST_DOMESTIC_ABUSE("specialist-domestic-abuse", "Specialist domestic abuse service"),
	CHILDRENS_SOCIAL_CARE("childrens-social-care", "Children’s social care"),
	ADULT_SOCIAL_CARE("adult-social-care", "Adult social care"),
	HOUSING("housing", "Housing"),
	ACUTE_HEALTH("acute-health", "Acute health"),
	PRIMARY_CARE("primary-care", "Primary care"),
	PROBATION("probation", "Probation"),
	MENTAL_HEALTH("mental-health", "Mental health"),
	EDUCATION("education", "Education"),
	OTHER("other", "Other");

	private final String code;

	private final String label;

	Sector(String code, String label) {
		this.code = code;
		this.label = label;
	}

	String code() {
		return this.code;
	}

	String label() {
		return this.label;
	}

	static Optional<Sector> fromCode(String code) {
		return Arrays.stream(values()).filter(sector -> sector.code.equals(code)).findFirst();
	}

	/** The label to show; a code from before this list existed is shown as it is rather than hidden. */
	static String labelOf(String code) {
		return fromCode(code).map(Sector::label).orElse(code);
	}

	/** Code to label, in the order administrators see them. */
	static Map<String, String> options() {
		Map<String, String> options = new LinkedHashMap<>();
		for (Sector sector : values()) {
			options.put(sector.code, sector.label);
		}
		return options;
	}

}
