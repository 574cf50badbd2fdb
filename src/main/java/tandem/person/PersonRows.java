package tandem.person;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Adds a new person in plain SQL: every referral adds two or three, and saving through the aggregate repository
 * costs several times the work of the inserts themselves (ADR 0045). Reading and changing a person held keep to
 * {@link People}.
 */
@Component
class PersonRows {

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	PersonRows(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	void insert(Person person) {
		Person.Equality equality = person.equality() == null ? Person.Equality.NONE : person.equality();
		this.jdbc.sql("""
				insert into person (id, given_name, family_name, date_of_birth, gender, ethnicity, disability,
				                    sexual_orientation, gender_identity, religion, first_language, interpreter_needed,
				                    location_note)
				values (:id, :given, :family, :born, :gender, :ethnicity, :disability, :orientation, :identity,
				        :religion, :language, :interpreter, :location)
				""")
			.param("id", person.id())
			.param("given", person.givenName())
			.param("family", person.familyName())
			.param("born", person.dateOfBirth())
			.param("gender", person.gender())
			.param("ethnicity", equality.ethnicity())
			.param("disability", equality.disability())
			.param("orientation", equality.sexualOrientation())
			.param("identity", equality.genderIdentity())
			.param("religion", equality.religion())
			.param("language", person.firstLanguage())
			.param("interpreter", person.interpreterNeeded())
			.param("location", person.locationNote())
			.update();
		insertAliases(person);
		insertContacts(person);
	}

	private void insertAliases(Person person) {
		List<Person.Alias> aliases = person.aliases();
		if (aliases.isEmpty()) {
			return;
		}
		this.batch.batchUpdate("insert into person_alias (person_id, position, given_name, family_name) values (?, ?, ?, ?)",
				indexed(aliases.size()), aliases.size(), (statement, position) -> {
					statement.setObject(1, person.id());
					statement.setInt(2, position);
					statement.setString(3, aliases.get(position).givenName());
					statement.setString(4, aliases.get(position).familyName());
				});
	}

	private void insertContacts(Person person) {
		List<Person.ContactDetail> contacts = person.contacts();
		if (contacts.isEmpty()) {
			return;
		}
		this.batch.batchUpdate("""
				insert into contact_detail (person_id, position, kind, value, safe_to_use, safe_times, note)
				values (?, ?, ?, ?, ?, ?, ?)
				""", indexed(contacts.size()), contacts.size(), (statement, position) -> {
			Person.ContactDetail contact = contacts.get(position);
			statement.setObject(1, person.id());
			statement.setInt(2, position);
			statement.setString(3, contact.kind().name());
			statement.setString(4, contact.value());
			statement.setBoolean(5, contact.safeToUse());
			statement.setString(6, contact.safeTimes());
			statement.setString(7, contact.note());
		});
	}

	/** Positions 0…size-1: the list index is the stored position, as the aggregate's mapping keeps it. */
	private static List<Integer> indexed(int size) {
		return java.util.stream.IntStream.range(0, size).boxed().toList();
	}

}
