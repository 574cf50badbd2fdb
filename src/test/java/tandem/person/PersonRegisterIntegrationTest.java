package tandem.person;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;

import tandem.Fixtures;
import tandem.TandemIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
	PersonRows rows;

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

		var registered = this.transactions.execute(status -> registerOne(described));

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

		var registered = this.transactions.execute(status -> registerOne(described));

		assertThat(this.people.findById(registered.personId())).contains(new Person(registered.personId(), null, family,
				null, null, null, null, null, null, List.of(), List.of(), 0));
	}

	@Test
	void findsThePersonAgainAndTakesTheReferralsWordOnAContactsSafety() {
		String family = Fixtures.unique("Adeyemi");
		var safe = new NewPerson.NewContact(ContactKind.PHONE, "07700 900456", true, null);
		var first = new NewPerson("Bisi", family, List.of(), LocalDate.of(1985, 7, 8), "FEMALE", List.of(safe),
				NewPerson.Profile.NOT_GIVEN);
		var registered = this.transactions.execute(status -> registerOne(first));
		var nowUnsafe = new NewPerson("Bisi", family, List.of(), LocalDate.of(1985, 7, 8), "FEMALE",
				List.of(new NewPerson.NewContact(ContactKind.PHONE, "07700 900456", false, "never")),
				NewPerson.Profile.NOT_GIVEN);

		var again = this.transactions.execute(status -> registerOne(nowUnsafe));

		assertThat(again).isEqualTo(new PersonRegister.Registered(registered.personId(), true, true));
		assertThat(this.people.findById(registered.personId()).orElseThrow().contacts())
			.containsExactly(new Person.ContactDetail(ContactKind.PHONE, "07700 900456", false, "never", null));
	}

	@Test
	void findsThePersonAgainAddsTheNewContactAndAnswersAndKeepsWhatTheReferralLeavesOut() {
		String family = Fixtures.unique("Okonjo");
		var phone = new NewPerson.NewContact(ContactKind.PHONE, "07700 900789", true, "mornings");
		var first = new NewPerson("Ada", family, List.of(new NewPerson.Name("Adaeze", family)), LocalDate.of(1979, 1, 2),
				"FEMALE", List.of(phone), new NewPerson.Profile("Igbo", true, null, "YES", null, null, null));
		var registered = this.transactions.execute(status -> registerOne(first));
		var email = new NewPerson.NewContact(ContactKind.EMAIL, "ada@example.org", true, null);
		var again = new NewPerson("Ada", family, List.of(), LocalDate.of(1979, 1, 2), "FEMALE", List.of(email, phone),
				new NewPerson.Profile(null, null, "BLACK_AFRICAN", null, null, null, "CHRISTIAN"));

		var registeredAgain = this.transactions.execute(status -> registerOne(again));

		assertThat(registeredAgain).isEqualTo(new PersonRegister.Registered(registered.personId(), true, true));
		Person expected = new Person(registered.personId(), "Ada", family, LocalDate.of(1979, 1, 2), "FEMALE",
				new Person.Equality("BLACK_AFRICAN", "YES", null, null, "CHRISTIAN"), "Igbo", true, null,
				List.of(new Person.Alias("Adaeze", family)),
				List.of(new Person.ContactDetail(ContactKind.PHONE, "07700 900789", true, "mornings", null),
						new Person.ContactDetail(ContactKind.EMAIL, "ada@example.org", true, null, null)),
				1);
		assertThat(this.people.findById(registered.personId())).contains(expected);
		assertThat(this.rows.find(registered.personId())).as("read in plain SQL as the aggregate reads it")
			.contains(expected);
	}

	@Test
	void aChangeMadeMeanwhileIsNotOverwritten() {
		var described = new NewPerson("Chidi", Fixtures.unique("Eze"), List.of(), LocalDate.of(1990, 3, 4), "MALE",
				List.of(), NewPerson.Profile.NOT_GIVEN);
		var registered = this.transactions.execute(status -> registerOne(described));
		Person before = this.rows.find(registered.personId()).orElseThrow();
		this.people.save(before.withContacts(
				List.of(new Person.ContactDetail(ContactKind.PHONE, "07700 900321", false, null, "changed meanwhile"))));

		assertThatThrownBy(() -> this.transactions.executeWithoutResult(status -> this.rows.update(before,
				before.withProfile(new NewPerson.Profile("Yoruba", false, null, null, null, null, null)))))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(this.people.findById(registered.personId()).orElseThrow().firstLanguage()).isNull();
	}

	private PersonRegister.Registered registerOne(NewPerson described) {
		return this.register.register(List.of(described)).getFirst();
	}

}
