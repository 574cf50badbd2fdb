package tandem.person;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import tandem.TandemIntegrationTest;
import tandem.person.Person.Alias;
import tandem.person.Person.ContactDetail;
import tandem.person.Person.Equality;

import static org.assertj.core.api.Assertions.assertThat;

@TandemIntegrationTest
class PersonRecordsIntegrationTest {

	@Autowired
	People people;

	@Autowired
	PersonRecords records;

	@Test
	void savesAPersonWithAliasesAndContactsAndReadsThemBackWithoutUnsafeValues() {
		UUID id = UUID.randomUUID();
		this.people.save(new Person(id, "Alys", "Pryce", LocalDate.of(1990, 4, 2), "Female",
				new Equality("Welsh", null, null, null, null), "Welsh", true, "In refuge, south area",
				List.of(new Alias("Alice", "Price"), new Alias(null, "Jones")),
				List.of(new ContactDetail(ContactKind.PHONE, "07700 900123", true, "Mornings", null),
						new ContactDetail(ContactKind.PHONE, "07700 900999", false, null, "Perpetrator has this phone")),
				null));

		PersonDetails details = this.records.details(List.of(id)).get(id);

		assertThat(details.fullName()).isEqualTo("Alys Pryce");
		assertThat(details.aliases()).containsExactly("Alice Price", "Jones");
		assertThat(details.ageOn(LocalDate.of(2026, 4, 1))).isEqualTo(35);
		assertThat(details.interpreterNeeded()).isTrue();
		assertThat(details.contacts()).containsExactly(
				new PersonContact(ContactKind.PHONE, "07700 900123", true, "Mornings", null),
				new PersonContact(ContactKind.PHONE, null, false, null, "Perpetrator has this phone"));
	}

}
