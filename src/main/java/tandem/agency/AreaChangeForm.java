package tandem.agency;

import org.jspecify.annotations.Nullable;

/**
 * Changing an area's name and whether everyone in it must use a second factor.
 *
 * @param totpRequired "yes" or "no", as the radios send it
 * @param version the version of the area the form was filled in from
 */
record AreaChangeForm(String name, String totpRequired, int version) {

	AreaChangeForm(@Nullable String name, @Nullable String totpRequired, int version) {
		this.name = Input.text(name);
		this.totpRequired = Input.text(totpRequired);
		this.version = version;
	}

	static AreaChangeForm of(AreaSummary area) {
		return new AreaChangeForm(area.name(), area.totpRequired() ? "yes" : "no", area.version());
	}

	AreaChangeForm withVersion(int newVersion) {
		return new AreaChangeForm(this.name, this.totpRequired, newVersion);
	}

	boolean totp() {
		return "yes".equals(this.totpRequired);
	}

	FormErrors validate() {
		return new FormErrors().check("name", !this.name.isEmpty(), "Enter the area’s name")
			.check("name", this.name.length() <= AreaForm.NAME_MAX,
					"The name must be " + AreaForm.NAME_MAX + " characters or fewer")
			.check("totpRequired", "yes".equals(this.totpRequired) || "no".equals(this.totpRequired),
					"Select yes if everyone in this area must use a second factor");
	}

}
