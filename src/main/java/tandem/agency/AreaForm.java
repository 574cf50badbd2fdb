package tandem.agency;

import org.jspecify.annotations.Nullable;

/** Adding an area. */
record AreaForm(String code, String name) {

	static final int NAME_MAX = 100;

	AreaForm(@Nullable String code, @Nullable String name) {
		this.code = Input.text(code);
		this.name = Input.text(name);
	}

	static AreaForm empty() {
		return new AreaForm("", "");
	}

	FormErrors validate() {
		return new FormErrors().check("code", !this.code.isEmpty(), "Enter a code for the area")
			.check("code", Codes.valid(this.code), "The area code " + Codes.RULE)
			.check("name", !this.name.isEmpty(), "Enter the area’s name")
			.check("name", this.name.length() <= NAME_MAX, "The name must be " + NAME_MAX + " characters or fewer");
	}

}
