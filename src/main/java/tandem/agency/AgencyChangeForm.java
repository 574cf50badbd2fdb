package tandem.agency;

import org.jspecify.annotations.Nullable;

/** Changing an agency's name and sector; {@code version} is that of the agency the form was filled in from. */
record AgencyChangeForm(String name, String sector, int version) {

	AgencyChangeForm(@Nullable String name, @Nullable String sector, int version) {
		this.name = Input.text(name);
		this.sector = Input.text(sector);
		this.version = version;
	}

	static AgencyChangeForm of(AgencySummary agency) {
		return new AgencyChangeForm(agency.name(), agency.sector(), agency.version());
	}

	AgencyChangeForm withVersion(int newVersion) {
		return new AgencyChangeForm(this.name, this.sector, newVersion);
	}

	FormErrors validate() {
		return new FormErrors().check("name", !this.name.isEmpty(), "Enter the agency’s name")
			.check("name", this.name.length() <= AgencyForm.NAME_MAX,
					"The name must be " + AgencyForm.NAME_MAX + " characters or fewer")
			.check("sector", Sector.fromCode(this.sector).isPresent(), "Select the agency’s sector");
	}

}
