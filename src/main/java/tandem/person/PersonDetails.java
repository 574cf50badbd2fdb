package tandem.person;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * What a case shows about a person. Read it only through the case gate, which has checked need to know and recorded
 * the view. Equality data is not part of it: it serves reporting, not casework.
 *
 * @param aliases other names, each in full
 */
public record PersonDetails(UUID id, @Nullable String givenName, @Nullable String familyName, List<String> aliases,
		@Nullable LocalDate dateOfBirth, @Nullable String gender, @Nullable String firstLanguage,
		@Nullable Boolean interpreterNeeded, @Nullable String locationNote, List<PersonContact> contacts) {

	public PersonDetails {
		aliases = List.copyOf(aliases);
		contacts = List.copyOf(contacts);
	}

	/** Age in whole years on the given day; null when the date of birth is not known. */
	public @Nullable Integer ageOn(LocalDate day) {
		return this.dateOfBirth == null ? null : Period.between(this.dateOfBirth, day).getYears();
	}

	/** Given name then family name, skipping what is not known. */
	public String fullName() {
		return fullName(this.givenName, this.familyName);
	}

	static String fullName(@Nullable String givenName, @Nullable String familyName) {
		String name = Stream.of(givenName, familyName)
			.filter(part -> part != null && !part.isBlank())
			.collect(Collectors.joining(" "));
		return name.isEmpty() ? "Name not known" : name;
	}

}
