package tandem.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A fictional person as the demo writes them into {@code person} and its child tables.
 *
 * @param locationNote where someone is when no address may be kept, e.g. "In refuge, south area"
 */
record DemoPerson(UUID id, String givenName, String familyName, LocalDate dateOfBirth, String gender,
		@Nullable Equality equality, @Nullable String locationNote, List<Alias> aliases, List<Contact> contacts) {

	DemoPerson {
		aliases = List.copyOf(aliases);
		contacts = List.copyOf(contacts);
	}

	/** Equality monitoring answers, as a victim gave them (ONS 2021 categories). */
	record Equality(String ethnicity, String disability, String sexualOrientation, String genderIdentity,
			String religion, String firstLanguage, boolean interpreterNeeded) {
	}

	record Alias(String givenName, String familyName) {
	}

	/**
	 * @param kind {@code PHONE}, {@code EMAIL} or {@code ADDRESS}
	 * @param safeToUse false when using it could put the person at risk (the perpetrator sees the phone)
	 */
	record Contact(String kind, String value, boolean safeToUse, @Nullable String safeTimes, @Nullable String note) {
	}

}
