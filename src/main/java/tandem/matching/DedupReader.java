package tandem.matching;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.IntConsumer;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the whole person index for a batch run as a stream (PostgreSQL sends rows a few thousand at a time inside a
 * transaction), one person at a time. A record combined into another ({@code merged_into}) is read as more names of
 * the person it was combined into: records already combined are one person in the run, so they cannot be proposed
 * as a pair again.
 */
@Component
class DedupReader {

	private static final int FETCH_SIZE = 5_000;

	/** Progress is reported after every so many people. */
	static final int PROGRESS_EVERY = 100_000;

	// Records of one person come together (kept first, then those combined into it), each with its aliases in order.
	private static final String PEOPLE = """
			select coalesce(p.merged_into, p.id) as person, p.given_name, p.family_name, p.date_of_birth, p.gender,
			       a.given_names, a.family_names
			from person p
			left join lateral (select array_agg(given_name order by position) as given_names,
			                          array_agg(family_name order by position) as family_names
			                   from person_alias where person_id = p.id) a on true
			order by coalesce(p.merged_into, p.id), p.merged_into nulls first, p.id
			""";

	private final JdbcTemplate jdbc;

	DedupReader(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.jdbc.setFetchSize(FETCH_SIZE);
	}

	/**
	 * In a read-only transaction of its own, open only while reading: PostgreSQL's driver streams only inside a
	 * transaction (otherwise it reads every row before returning the first), and one query sees one snapshot.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
	DedupPeople read(IntConsumer progress) {
		DedupPeople people = new DedupPeople();
		Person[] current = { null };
		this.jdbc.query(PEOPLE, (RowCallbackHandler) rs -> {
			UUID id = rs.getObject("person", UUID.class);
			if (current[0] == null || !current[0].id.equals(id)) {
				add(people, current[0], progress);
				current[0] = new Person(id, rs.getDate("date_of_birth"), rs.getString("gender"));
			}
			current[0].names.add(new PersonRecord.Name(rs.getString("given_name"), rs.getString("family_name")));
			addAliases(current[0].names, rs);
		});
		add(people, current[0], progress);
		return people;
	}

	private static void add(DedupPeople people, @Nullable Person person, IntConsumer progress) {
		if (person != null) {
			people.add(person.id, person.record());
			if (people.size() % PROGRESS_EVERY == 0) {
				progress.accept(people.size());
			}
		}
	}

	private static void addAliases(List<PersonRecord.Name> names, ResultSet rs) throws SQLException {
		String[] given = strings(rs.getArray("given_names"));
		String[] family = strings(rs.getArray("family_names"));
		for (int i = 0; i < given.length; i++) {
			names.add(new PersonRecord.Name(given[i], family[i]));
		}
	}

	private static String[] strings(@Nullable Array array) throws SQLException {
		return array == null ? new String[0] : (String[]) array.getArray();
	}

	/** One person as read so far: the kept record's date of birth and sex, and every name of every record. */
	private static final class Person {

		final UUID id;

		final @Nullable LocalDate born;

		final @Nullable String sex;

		final List<PersonRecord.Name> names = new ArrayList<>();

		Person(UUID id, @Nullable Date born, @Nullable String sex) {
			this.id = id;
			this.born = born == null ? null : born.toLocalDate();
			this.sex = sex;
		}

		PersonRecord record() {
			return new PersonRecord(this.id.toString(), this.names, this.born == null ? null : this.born.getYear(),
					this.born == null ? null : this.born.getMonthValue(),
					this.born == null ? null : this.born.getDayOfMonth(), this.sex, null, null, null);
		}

	}

}
