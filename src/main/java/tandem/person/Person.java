package tandem.person;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Someone known to the partnership: a victim, a perpetrator or a child. Where they are is a note such as "In refuge,
 * south area", never a refuge address.
 *
 * @param gender as the person describes it
 * @param aliases other names and spellings they are known by, in the order recorded
 * @param contacts ways to reach them, each with whether it is safe to use
 */
@Table("person")
record Person(@Id UUID id, @Nullable String givenName, @Nullable String familyName, @Nullable LocalDate dateOfBirth,
		@Nullable String gender, @Embedded.Nullable @Nullable Equality equality, @Nullable String firstLanguage,
		@Nullable Boolean interpreterNeeded, @Nullable String locationNote,
		@MappedCollection(idColumn = "person_id", keyColumn = "position") List<Alias> aliases,
		@MappedCollection(idColumn = "person_id", keyColumn = "position") List<ContactDetail> contacts,
		@Version @Nullable Integer version) {

	Person {
		aliases = List.copyOf(aliases);
		contacts = List.copyOf(contacts);
	}

	/** Equality monitoring answers, kept for the partnership's equality reporting and shown to no one on a case. */
	record Equality(@Nullable String ethnicity, @Nullable String disability, @Nullable String sexualOrientation,
			@Nullable String genderIdentity, @Nullable String religion) {

		static final Equality NONE = new Equality(null, null, null, null, null);

	}

	@Table("person_alias")
	record Alias(@Nullable String givenName, @Nullable String familyName) {
	}

	@Table("contact_detail")
	record ContactDetail(ContactKind kind, String value, boolean safeToUse, @Nullable String safeTimes,
			@Nullable String note) {
	}

	Person withContacts(List<ContactDetail> changed) {
		return with(this.aliases, changed);
	}

	Person with(List<Alias> otherNames, List<ContactDetail> ways) {
		return new Person(this.id, this.givenName, this.familyName, this.dateOfBirth, this.gender, this.equality,
				this.firstLanguage, this.interpreterNeeded, this.locationNote, otherNames, ways, this.version);
	}

	/** The profile's answers where it gives them; what it leaves out stays as held. */
	Person withProfile(NewPerson.Profile given) {
		Equality held = this.equality == null ? Equality.NONE : this.equality;
		Equality equality = new Equality(or(given.ethnicity(), held.ethnicity()), or(given.disability(), held.disability()),
				or(given.sexualOrientation(), held.sexualOrientation()), or(given.genderIdentity(), held.genderIdentity()),
				or(given.religion(), held.religion()));
		return new Person(this.id, this.givenName, this.familyName, this.dateOfBirth, this.gender,
				Equality.NONE.equals(equality) ? null : equality,
				or(given.firstLanguage(), this.firstLanguage), or(given.interpreterNeeded(), this.interpreterNeeded),
				this.locationNote, this.aliases, this.contacts, this.version);
	}

	private static <T> @Nullable T or(@Nullable T given, @Nullable T held) {
		return given == null ? held : given;
	}

	PersonDetails details() {
		return new PersonDetails(this.id, this.givenName, this.familyName,
				this.aliases.stream().map(alias -> PersonDetails.fullName(alias.givenName(), alias.familyName())).toList(),
				this.dateOfBirth, this.gender, this.firstLanguage, this.interpreterNeeded, this.locationNote,
				this.contacts.stream().map(Person::forDisplay).toList());
	}

	/** The value of an unsafe contact stays here: nothing outside this module can show or dial it. */
	private static PersonContact forDisplay(ContactDetail contact) {
		return new PersonContact(contact.kind(), contact.safeToUse() ? contact.value() : null, contact.safeToUse(),
				contact.safeTimes(), contact.note());
	}

}
