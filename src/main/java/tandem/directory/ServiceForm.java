package tandem.directory;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A directory service as typed on the add and change pages. Everything is kept as text so that a page with errors
 * shows exactly what was typed; {@link #errors} says what is wrong, field by field, in the order of the page.
 * Checkboxes that are all unticked send nothing, so absent lists, texts and flags are read as empty and false.
 */
record ServiceForm(String agency, String name, String kind, String description, List<String> areas,
		List<String> riskLevels, String minAge, String maxAge, String genders, String needs, String languages,
		String howToRefer, String locatedInArea, Boolean acceptsNonMandated, Boolean active, Integer version) {

	static final List<String> RISK_LEVELS = List.of("STANDARD", "MEDIUM", "HIGH");

	static final int SHORT_TEXT = 200;

	static final int LONG_TEXT = 2000;

	ServiceForm {
		agency = text(agency);
		name = text(name);
		kind = text(kind);
		description = text(description);
		areas = areas == null ? List.of() : List.copyOf(areas);
		riskLevels = riskLevels == null ? List.of() : List.copyOf(riskLevels);
		minAge = text(minAge);
		maxAge = text(maxAge);
		genders = text(genders);
		needs = text(needs);
		languages = text(languages);
		howToRefer = text(howToRefer);
		locatedInArea = text(locatedInArea);
		acceptsNonMandated = Boolean.TRUE.equals(acceptsNonMandated);
		active = Boolean.TRUE.equals(active);
		// A form without its version can never match a row, so it is refused as a conflict rather than saved.
		version = version == null ? -1 : version;
	}

	/** A new service starts active and open to every risk level, so the provider narrows rather than forgets. */
	static ServiceForm empty(String agency) {
		return new ServiceForm(agency, "", "", "", List.of(), RISK_LEVELS, "", "", "", "", "", "", "", false, true, 0);
	}

	ServiceForm withAgency(String fixedAgency) {
		return new ServiceForm(fixedAgency, this.name, this.kind, this.description, this.areas, this.riskLevels,
				this.minAge, this.maxAge, this.genders, this.needs, this.languages, this.howToRefer, this.locatedInArea,
				this.acceptsNonMandated, this.active, this.version);
	}

	ServiceForm withVersion(int current) {
		return new ServiceForm(this.agency, this.name, this.kind, this.description, this.areas, this.riskLevels,
				this.minAge, this.maxAge, this.genders, this.needs, this.languages, this.howToRefer, this.locatedInArea,
				this.acceptsNonMandated, this.active, current);
	}

	/**
	 * What is wrong, keyed by field id, in page order.
	 *
	 * @param agencies the ids of the agencies that may provide a service
	 * @param knownAreas the ids of the partnership's areas
	 */
	Map<String, String> errors(Set<String> agencies, Set<String> knownAreas) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (!agencies.contains(this.agency)) {
			errors.put("agency", "Select the agency that provides the service");
		}
		required(errors, "name", this.name, "Enter the name of the service", SHORT_TEXT, "Name");
		if (serviceKind() == null) {
			errors.put("kind", "Select the type of service");
		}
		required(errors, "description", this.description, "Enter a description of the service", LONG_TEXT,
				"Description");
		if (this.areas.isEmpty() || !knownAreas.containsAll(this.areas)) {
			errors.put("areas", "Select at least one area the service covers");
		}
		if (this.riskLevels.isEmpty() || !RISK_LEVELS.containsAll(this.riskLevels)) {
			errors.put("riskLevels", "Select at least one risk level the service accepts");
		}
		age(errors, "minAge", this.minAge, "Youngest age");
		age(errors, "maxAge", this.maxAge, "Oldest age");
		Integer min = age(this.minAge);
		Integer max = age(this.maxAge);
		if (!errors.containsKey("minAge") && !errors.containsKey("maxAge") && min != null && max != null && max < min) {
			errors.put("maxAge", "Oldest age must be the same as or more than the youngest age");
		}
		optional(errors, "genders", this.genders, SHORT_TEXT, "Who the service is for");
		optional(errors, "needs", this.needs, LONG_TEXT, "Needs met");
		optional(errors, "languages", this.languages, SHORT_TEXT, "Languages");
		required(errors, "howToRefer", this.howToRefer, "Enter how to refer to the service", LONG_TEXT, "How to refer");
		if (serviceKind() == ServiceKind.REFUGE && !knownAreas.contains(this.locatedInArea)) {
			errors.put("locatedInArea", "Select the area the refuge is in");
		}
		else if (serviceKind() != ServiceKind.REFUGE && !this.locatedInArea.isEmpty()) {
			errors.put("locatedInArea", "Only a refuge gives the area it is in: leave this blank");
		}
		return errors;
	}

	@Nullable ServiceKind serviceKind() {
		try {
			return this.kind.isEmpty() ? null : ServiceKind.valueOf(this.kind);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	@Nullable Integer minimumAge() {
		return age(this.minAge);
	}

	@Nullable Integer maximumAge() {
		return age(this.maxAge);
	}

	/** "Urdu, Polish , " becomes Urdu and Polish. */
	List<String> languageList() {
		return Arrays.stream(this.languages.split(",")).map(String::strip).filter(s -> !s.isEmpty())
			.distinct().toList();
	}

	private static void required(Map<String, String> errors, String field, String value, String missing, int limit,
			String label) {
		if (value.isBlank()) {
			errors.put(field, missing);
		}
		else {
			optional(errors, field, value, limit, label);
		}
	}

	private static void optional(Map<String, String> errors, String field, String value, int limit, String label) {
		if (value.length() > limit) {
			errors.put(field, label + " must be " + limit + " characters or fewer");
		}
	}

	private static void age(Map<String, String> errors, String field, String typed, String label) {
		if (typed.isBlank()) {
			return;
		}
		Integer value = parse(typed);
		if (value == null) {
			errors.put(field, label + " must be a whole number, like 16");
		}
		else if (value < 0 || value > 120) {
			errors.put(field, label + " must be between 0 and 120");
		}
	}

	private static @Nullable Integer age(String typed) {
		return typed.isBlank() ? null : parse(typed);
	}

	private static @Nullable Integer parse(String typed) {
		try {
			return Integer.valueOf(typed.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static String text(@Nullable String typed) {
		return typed == null ? "" : typed.strip();
	}

}
