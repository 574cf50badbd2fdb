package tandem.person;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import tandem.Fixtures;
import tandem.TandemIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person registered from a referral is stored exactly as the aggregate reads it back: every name, alias, contact and
 * answer in its place, the unsafe number kept as unsafe.
 */
@TandemIntegrationTest
class PersonRegisterIntegrationTest {

	@Autowired
	PersonRegister register;

	@Autowired
	People people;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void storesANewPersonAsTheAggregateReadsThem() {
		String family = Fixtures.unique("Nowak");
		var unsafePhone = new NewPerson.NewContact(ContactKind.PHONE, "07700 900123", false, null);
		var email = new NewPerson.NewContact(ContactKind.EMAIL, "a.nowak@example.org", true, "after 6pm");
		var described = new NewPerson("Agnieszka", family,
				List.of(new NewPerson.Name("Aga", family), new NewPerson.Name("Agnieszka", "Kowalska")),
				LocalDate.of(1991, 2, 3), "FEMALE", List.of(unsafePhone, email),
				new NewPerson.Profile("Polish", true, "WHITE_OTHER", "NO", null, null, "CHRISTIAN"));

		var registered = this.transactions.execute(status -> this.register.register(described));

		assertThat(registered.alreadyKnown()).isFalse();
		assertThat(this.people.findById(registered.personId())).contains(new Person(registered.personId(), "Agnieszka",
				family, LocalDate.of(1991, 2, 3), "FEMALE",
				new Person.Equality("WHITE_OTHER", "NO", null, null, "CHRISTIAN"), "Polish", true, null,
				List.of(new Person.Alias("Aga", family), new Person.Alias("Agnieszka", "Kowalska")),
				List.of(new Person.ContactDetail(ContactKind.PHONE, "07700 900123", false, null, null),
						new Person.ContactDetail(ContactKind.EMAIL, "a.nowak@example.org", true, "after 6pm", null)),
				0));
	}

	@Test
	void storesAPersonWithNothingButANameAndNoAnswers() {
		String family = Fixtures.unique("Ode");
		var described = new NewPerson(null, family, List.of(), null, null, List.of(), NewPerson.Profile.NOT_GIVEN);

		var registered = this.transactions.execute(status -> this.register.register(described));

		assertThat(this.people.findById(registered.personId())).contains(new Person(registered.personId(), null, family,
				null, null, null, null, null, null, List.of(), List.of(), 0));
	}

	@Test
	void findsThePersonAgainAndTakesTheReferralsWordOnAContactsSafety() {
		String family = Fixtures.unique("Adeyemi");
		var safe = new NewPerson.NewContact(ContactKind.PHONE, "07700 900456", true, null);
		var first = new NewPerson("Bisi", family, List.of(), LocalDate.of(1985, 7, 8), "FEMALE", List.of(safe),
				NewPerson.Profile.NOT_GIVEN);
		var registered = this.transactions.execute(status -> this.register.register(first));
		var nowUnsafe = new NewPerson("Bisi", family, List.of(), LocalDate.of(1985, 7, 8), "FEMALE",
				List.of(new NewPerson.NewContact(ContactKind.PHONE, "07700 900456", false, "never")),
				NewPerson.Profile.NOT_GIVEN);

		var again = this.transactions.execute(status -> this.register.register(nowUnsafe));

		assertThat(again).isEqualTo(new PersonRegister.Registered(registered.personId(), true, true));
		assertThat(this.people.findById(registered.personId()).orElseThrow().contacts())
			.containsExactly(new Person.ContactDetail(ContactKind.PHONE, "07700 900456", false, "never", null));
	}

}
