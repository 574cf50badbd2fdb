package tandem.agency;

import org.jspecify.annotations.Nullable;

/** Adding an agency to an area. {@code area} is the area's id as the radios send it. */
record AgencyForm(String area, String code, String name, String sector) {

	static final int NAME_MAX = 100;

	AgencyForm(@Nullable String area, @Nullable String code, @Nullable String name, @Nullable String sector) {
		this.area = Input.text(area);
		this.code = Input.text(code);
		this.name = Input.text(name);
		this.sector = Input.text(sector);
	}

	static AgencyForm empty() {
		return new AgencyForm("", "", "", "");
	}

	FormErrors validate() {
		return new FormErrors().check("area", Input.id(this.area).isPresent(), "Select the area the agency works in")
			.check("code", !this.code.isEmpty(), "Enter a code for the agency")
			.check("code", Codes.valid(this.code), "The agency code " + Codes.RULE)
			.check("name", !this.name.isEmpty(), "Enter the agency’s name")
			.check("name", this.name.length() <= NAME_MAX, "The name must be " + NAME_MAX + " characters or fewer")
			.check("sector", Sector.fromCode(this.sector).isPresent(), "Select the agency’s sector");
	}

}
