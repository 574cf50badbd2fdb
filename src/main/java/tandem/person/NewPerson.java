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
		@Nullable LocalDate dateOfBirth, @Nullable String gender, List<NewContact> contacts) {

	public NewPerson {
		aliases = List.copyOf(aliases);
		contacts = List.copyOf(contacts);
	}

	public record Name(@Nullable String givenName, @Nullable String familyName) {
	}

	/** A way to reach the person; when it is not safe to use, it is kept but never offered. */
	public record NewContact(ContactKind kind, String value, boolean safeToUse, @Nullable String safeTimes) {
	}

}
