package tandem.demo;

/** The eleven agencies every demo area has, with the codes that API.md fixes and the administration pages' sectors. */
enum DemoAgency {

	POLICE("police", "Police", "police"),
	IDVA("idva", "IDVA service", "idva"),
	WOMENS_AID("womens-aid", "Women's Aid", "specialist-domestic-abuse"),
	CHILDRENS_SOCIAL_CARE("childrens-social-care", "Children's social care", "childrens-social-care"),
	ADULT_SOCIAL_CARE("adult-social-care", "Adult social care", "adult-social-care"),
	HOUSING("housing", "Housing", "housing"),
	ACUTE_HEALTH("acute-health", "Acute hospital trust", "acute-health"),
	PRIMARY_CARE("primary-care", "Primary care (GP practices)", "primary-care"),
	PROBATION("probation", "Probation service", "probation"),
	MENTAL_HEALTH("mental-health", "Mental health trust", "mental-health"),
	EDUCATION("education", "Education and schools", "education");

	private final String code;

	private final String label;

	private final String sector;

	DemoAgency(String code, String label, String sector) {
		this.code = code;
		this.label = label;
		this.sector = sector;
	}

	String code() {
		return this.code;
	}

	String sector() {
		return this.sector;
	}

	/** A readable name that says it is fictional, e.g. "North Police (demo)". */
	String nameIn(DemoArea area) {
		String areaWord = area.code().substring(0, 1).toUpperCase() + area.code().substring(1);
		return areaWord + " " + this.label + " (demo)";
	}

	/** The API client id, {@code <area>-<agency>}, fixed by API.md. */
	String clientIdIn(DemoArea area) {
		return area.code() + "-" + this.code;
	}

	/** The API client secret, {@code demo-<area>-<agency>}, fixed by API.md. */
	String clientSecretIn(DemoArea area) {
		return "demo-" + clientIdIn(area);
	}

}
