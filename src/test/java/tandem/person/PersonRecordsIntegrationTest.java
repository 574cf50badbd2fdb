package tandem.person;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

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

	@Autowired
	JdbcClient jdbc;

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

	@Test
	void aRecordIsTheSamePersonAsEveryRecordCombinedWithItAndNoOther() {
		UUID kept = saved("Kept");
		UUID combined = saved("Combined");
		UUID alsoCombined = saved("Also combined");
		UUID apart = saved("Apart");
		combine(combined, kept);
		combine(alsoCombined, kept);

		assertThat(this.records.sameAs(kept)).containsExactlyInAnyOrder(kept, combined, alsoCombined);
		assertThat(this.records.sameAs(combined)).containsExactlyInAnyOrder(kept, combined, alsoCombined);
		assertThat(this.records.sameAs(apart)).containsExactly(apart);
		assertThat(this.records.sameAs(UUID.randomUUID())).hasSize(1);
	}

	private UUID saved(String familyName) {
		UUID id = UUID.randomUUID();
		this.people.save(new Person(id, "Sam", familyName, null, null, new Equality(null, null, null, null, null), null,
				null, null, List.of(), List.of(), null));
		return id;
	}

	private void combine(UUID combined, UUID kept) {
		this.jdbc.sql("update person set merged_into = :kept where id = :combined")
			.param("kept", kept)
			.param("combined", combined)
			.update();
	}

}
