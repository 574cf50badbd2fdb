package tandem.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tandem.Ids;

/**
 * Adds people to the partnership's records without duplicating them carelessly: someone already held is found and
 * reused, so repeats and serial perpetrators are seen. Runs inside the caller's use case, which audits it.
 */
@Service
public class PersonRegister {

	private final PersonRows rows;

	private final PersonMatcher matcher;

	PersonRegister(PersonRows rows, PersonMatcher matcher) {
		this.rows = rows;
		this.matcher = matcher;
	}

	/**
	 * Who each description means, in the same order: a person already held (with their contact details brought up to
	 * date), or a new one. Everyone a referral names is looked up before anyone is added, so two people it names are
	 * never taken for each other: a person named twice becomes two records, for the duplicate check to propose.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public List<Registered> register(List<NewPerson> described) {
		List<PersonMatcher.Lookup> lookups = this.matcher.lookUp(described);
		List<Registered> registered = new ArrayList<>(described.size());
		List<PersonMatcher.Added> added = new ArrayList<>();
		for (int i = 0; i < described.size(); i++) {
			NewPerson person = described.get(i);
			Optional<UUID> known = lookups.get(i).certain();
			if (known.isPresent()) {
				registered.add(new Registered(known.get(), true, update(known.get(), person)));
			}
			else {
				UUID id = create(person);
				added.add(new PersonMatcher.Added(id, person, lookups.get(i)));
				registered.add(new Registered(id, false, false));
			}
		}
		if (!added.isEmpty()) {
			this.matcher.remember(added);
		}
		return registered;
	}

	/**
	 * @param alreadyKnown the person was held before this registration
	 * @param changed a person already held had contact details added or their safety changed, or new language or
	 *        equality answers
	 */
	public record Registered(UUID personId, boolean alreadyKnown, boolean changed) {
	}

	private UUID create(NewPerson described) {
		UUID id = Ids.next();
		this.rows.insert(new Person(id, described.givenName(), described.familyName(), described.dateOfBirth(),
				described.gender(), null, null, null, null,
				described.aliases().stream().map(name -> new Person.Alias(name.givenName(), name.familyName())).toList(),
				described.contacts().stream().map(PersonRegister::contact).toList(), null).withProfile(described.profile()));
		return id;
	}

	/**
	 * Adds contact details the person did not have, and takes the referral's word on the safety of those they had:
	 * a number now unsafe to call must stop being offered at once. Language and equality answers the referral gives
	 * replace those held; those it leaves out are kept.
	 */
	private boolean update(UUID personId, NewPerson described) {
		Person before = this.rows.find(personId).orElseThrow();
		Person known = before.withProfile(described.profile());
		boolean changed = !known.equals(before);
		List<Person.ContactDetail> contacts = new ArrayList<>(known.contacts());
		for (NewPerson.NewContact offered : described.contacts()) {
			Person.ContactDetail latest = contact(offered);
			int held = indexOf(contacts, offered);
			if (held < 0) {
				contacts.add(latest);
				changed = true;
			}
			else if (!contacts.get(held).equals(latest)) {
				contacts.set(held, latest);
				changed = true;
			}
		}
		if (changed) {
			this.rows.update(before, known.withContacts(contacts));
		}
		return changed;
	}

	private static int indexOf(List<Person.ContactDetail> contacts, NewPerson.NewContact offered) {
		for (int i = 0; i < contacts.size(); i++) {
			if (contacts.get(i).kind() == offered.kind() && contacts.get(i).value().equals(offered.value())) {
				return i;
			}
		}
		return -1;
	}

	private static Person.ContactDetail contact(NewPerson.NewContact contact) {
		return new Person.ContactDetail(contact.kind(), contact.value(), contact.safeToUse(), contact.safeTimes(), null);
	}

}
