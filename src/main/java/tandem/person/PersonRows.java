package tandem.person;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Adds a new person, and reads and brings up to date a person a referral names again, in plain SQL: every referral
 * adds or updates two or three, and going through the aggregate repository cost several times the work of the
 * statements themselves (ADR 0045). Other reads and changes keep to {@link People}.
 */
@Component
class PersonRows {

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	PersonRows(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/**
	 * The person with their aliases and contact details, as {@link People#findById} reads them. The person's row, with
	 * its version, is read first: a change committed between the reads then fails the version check of
	 * {@link #update}, instead of leaving an update that passes it with contact details older than the version.
	 */
	Optional<Person> find(UUID id) {
		Optional<Person> row = this.jdbc.sql("""
				select given_name, family_name, date_of_birth, gender, ethnicity, disability, sexual_orientation,
				       gender_identity, religion, first_language, interpreter_needed, location_note, version
				from person where id = :id
				""").param("id", id).query((rs, n) -> {
			Person.Equality equality = new Person.Equality(rs.getString("ethnicity"), rs.getString("disability"),
					rs.getString("sexual_orientation"), rs.getString("gender_identity"), rs.getString("religion"));
			return new Person(id, rs.getString("given_name"), rs.getString("family_name"),
					rs.getObject("date_of_birth", LocalDate.class), rs.getString("gender"),
					Person.Equality.NONE.equals(equality) ? null : equality, rs.getString("first_language"),
					rs.getObject("interpreter_needed", Boolean.class), rs.getString("location_note"), List.of(),
					List.of(), rs.getInt("version"));
		}).optional();
		return row.map(person -> person.with(aliases(id), contacts(id)));
	}

	private List<Person.Alias> aliases(UUID id) {
		return this.jdbc.sql("select given_name, family_name from person_alias where person_id = :id order by position")
			.param("id", id)
			.query((rs, n) -> new Person.Alias(rs.getString("given_name"), rs.getString("family_name")))
			.list();
	}

	private List<Person.ContactDetail> contacts(UUID id) {
		return this.jdbc.sql("""
				select kind, value, safe_to_use, safe_times, note from contact_detail where person_id = :id order by position
				""")
			.param("id", id)
			.query((rs, n) -> new Person.ContactDetail(ContactKind.valueOf(rs.getString("kind")), rs.getString("value"),
					rs.getBoolean("safe_to_use"), rs.getString("safe_times"), rs.getString("note")))
			.list();
	}

	/**
	 * Writes what a referral may change on a person held, {@code before} becoming {@code after}: language and equality
	 * answers, and contact details added at the end or changed in place (a referral removes none). Guarded by the
	 * version as the aggregate's save is, so a change made meanwhile fails and the referral is retried.
	 */
	void update(Person before, Person after) {
		int updated = answers(after, this.jdbc.sql("""
				update person set ethnicity = :ethnicity, disability = :disability, sexual_orientation = :orientation,
				       gender_identity = :identity, religion = :religion, first_language = :language,
				       interpreter_needed = :interpreter, version = version + 1
				where id = :id and version = :version
				"""))
			.param("id", after.id())
			.param("version", before.version())
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("Person " + after.id() + " was changed meanwhile");
		}
		List<Person.ContactDetail> held = before.contacts();
		List<Person.ContactDetail> contacts = after.contacts();
		for (int position = 0; position < held.size(); position++) {
			if (!held.get(position).equals(contacts.get(position))) {
				Person.ContactDetail contact = contacts.get(position);
				this.jdbc.sql("""
						update contact_detail set kind = :kind, value = :value, safe_to_use = :safe, safe_times = :times,
						       note = :note
						where person_id = :id and position = :position
						""")
					.param("id", after.id())
					.param("position", position)
					.param("kind", contact.kind().name())
					.param("value", contact.value())
					.param("safe", contact.safeToUse())
					.param("times", contact.safeTimes())
					.param("note", contact.note())
					.update();
			}
		}
		insertContacts(after.id(), contacts, held.size());
	}

	void insert(Person person) {
		answers(person, this.jdbc.sql("""
				insert into person (id, given_name, family_name, date_of_birth, gender, ethnicity, disability,
				                    sexual_orientation, gender_identity, religion, first_language, interpreter_needed,
				                    location_note)
				values (:id, :given, :family, :born, :gender, :ethnicity, :disability, :orientation, :identity,
				        :religion, :language, :interpreter, :location)
				"""))
			.param("id", person.id())
			.param("given", person.givenName())
			.param("family", person.familyName())
			.param("born", person.dateOfBirth())
			.param("gender", person.gender())
			.param("location", person.locationNote())
			.update();
		insertAliases(person);
		insertContacts(person.id(), person.contacts(), 0);
	}

	/** Binds the person's language and equality answers, named alike in the insert and the update. */
	private static JdbcClient.StatementSpec answers(Person person, JdbcClient.StatementSpec statement) {
		Person.Equality equality = person.equality() == null ? Person.Equality.NONE : person.equality();
		return statement
			.param("ethnicity", equality.ethnicity())
			.param("disability", equality.disability())
			.param("orientation", equality.sexualOrientation())
			.param("identity", equality.genderIdentity())
			.param("religion", equality.religion())
			.param("language", person.firstLanguage())
			.param("interpreter", person.interpreterNeeded());
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

	/** Inserts the contacts from position {@code from} on; those before it are held already. */
	private void insertContacts(UUID personId, List<Person.ContactDetail> contacts, int from) {
		if (contacts.size() <= from) {
			return;
		}
		List<Integer> positions = indexed(contacts.size()).subList(from, contacts.size());
		this.batch.batchUpdate("""
				insert into contact_detail (person_id, position, kind, value, safe_to_use, safe_times, note)
				values (?, ?, ?, ?, ?, ?, ?)
				""", positions, positions.size(), (statement, position) -> {
			Person.ContactDetail contact = contacts.get(position);
			statement.setObject(1, personId);
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
