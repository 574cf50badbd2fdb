package tandem.casework;

import java.util.LinkedHashMap;
import java.util.Map;

/** The words the casework pages offer for each choice, in the order they offer them. */
final class CaseworkChoices {

	private CaseworkChoices() {
	}

	static Map<String, String> methods() {
		return ordered("PHONE", "Phone call", "TEXT", "Text message", "EMAIL", "Email", "IN_PERSON", "In person",
				"VIA_PROFESSIONAL", "Through another professional");
	}

	static Map<String, String> contactOutcomes() {
		return ordered("CONTACT_MADE", "Spoke with them", "NO_ANSWER", "No answer", "NOT_SAFE_TO_TALK",
				"They could not talk safely", "MESSAGE_LEFT", "Left a safe message");
	}

	static Map<String, String> needs() {
		return ordered("HOUSING", "Housing and safe accommodation", "CHILDREN", "Children", "MENTAL_HEALTH",
				"Mental health", "PHYSICAL_HEALTH", "Physical health or disability", "SUBSTANCES", "Drugs or alcohol",
				"FINANCES", "Money and benefits", "LEGAL", "Legal and protective orders", "CRIMINAL_JUSTICE",
				"Criminal justice process", "IMMIGRATION", "Immigration status", "ISOLATION", "Isolation and support");
	}

	static Map<String, String> ordered(String... valuesAndLabels) {
		Map<String, String> choices = new LinkedHashMap<>();
		for (int i = 0; i < valuesAndLabels.length; i += 2) {
			choices.put(valuesAndLabels[i], valuesAndLabels[i + 1]);
		}
		return choices;
	}

}
