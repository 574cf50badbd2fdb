package tandem.agency;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/** Registering an API client for an agency; {@code agency} is the agency's id. */
record ApiClientForm(String agency, String clientId, String description) {

	static final int DESCRIPTION_MAX = 200;

	private static final Pattern CLIENT_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

	ApiClientForm(@Nullable String agency, @Nullable String clientId, @Nullable String description) {
		this.agency = Input.text(agency);
		this.clientId = Input.text(clientId);
		this.description = Input.text(description);
	}

	/** The form as first shown for an agency: the client id defaults to the agency's qualified code. */
	static ApiClientForm forAgency(AgencySummary agency) {
		return new ApiClientForm(agency.id().toString(), agency.qualifiedCode(), "");
	}

	FormErrors validate() {
		return new FormErrors().check("agency", Input.id(this.agency).isPresent(), "Select the agency")
			.check("clientId", !this.clientId.isEmpty(), "Enter a client id")
			.check("clientId", CLIENT_ID.matcher(this.clientId).matches(),
					"The client id must be 3 to 64 characters: lower-case letters, numbers, full stops, hyphens and "
							+ "underscores, starting with a letter or number")
			.check("description", !this.description.isEmpty(),
					"Enter a description, for example the name of the system that will use it")
			.check("description", this.description.length() <= DESCRIPTION_MAX,
					"The description must be " + DESCRIPTION_MAX + " characters or fewer");
	}

}
