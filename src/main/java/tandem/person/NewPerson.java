package tandem.person;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Someone to add to the partnership's records, as a referral describes them. Names are kept exactly as given.
 *
 * @param gender as the person describes it, e.g. FEMALE
 */
public record NewPerson(@Nullable String givenName, @Nullable String familyName, List<Name> aliases,
		@Nullable LocalDate dateOfBirth, @Nullable String gender, List<NewContact> contacts, Profile profile) {

	public NewPerson {
		aliases = List.copyOf(aliases);
		contacts = List.copyOf(contacts);
	}

	/**
	 * Language and equality monitoring answers; a null means "not said", which never erases what is held.
	 *
	 * @param ethnicity and the other equality answers are stable codes, e.g. WHITE_BRITISH, PREFER_NOT_TO_SAY
	 */
	public record Profile(@Nullable String firstLanguage, @Nullable Boolean interpreterNeeded,
			@Nullable String ethnicity, @Nullable String disability, @Nullable String sexualOrientation,
			@Nullable String genderIdentity, @Nullable String religion) {

		public static final Profile NOT_GIVEN = new Profile(null, null, null, null, null, null, null);

	}

	public record Name(@Nullable String givenName, @Nullable String familyName) {
	}

	/** A way to reach the person; when it is not safe to use, it is kept but never offered. */
	public record NewContact(ContactKind kind, String value, boolean safeToUse, @Nullable String safeTimes) {
	}

}
