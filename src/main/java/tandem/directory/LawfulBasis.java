package tandem.directory;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Why information may be shared without the person's consent (UK GDPR and DPA 2018, see domain.md §8.1). Sharing
 * without consent is an override: the basis and the practitioner's own reasons are both recorded and audited.
 */
enum LawfulBasis {

	SAFEGUARDING("Public task with safeguarding of individuals at risk (UK GDPR Art 6(1)(e), Art 9(2)(g), "
			+ "DPA 2018 Schedule 1 paragraph 18)"),
	VITAL_INTERESTS("Vital interests: to protect someone's life (UK GDPR Art 6(1)(d))"),
	LEGAL_OBLIGATION("Legal obligation (UK GDPR Art 6(1)(c))"),
	PREVENTING_CRIME("Preventing or detecting unlawful acts (DPA 2018 Schedule 1 paragraph 10)");

	private final String label;

	LawfulBasis(String label) {
		this.label = label;
	}

	String label() {
		return this.label;
	}

	static Map<String, String> options() {
		Map<String, String> options = new LinkedHashMap<>();
		for (LawfulBasis basis : values()) {
			options.put(basis.name(), basis.label);
		}
		return options;
	}

}
