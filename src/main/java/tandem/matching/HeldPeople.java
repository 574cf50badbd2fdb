package tandem.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads people held, with their aliases, as the engine sees them. */
@Component
class HeldPeople {

	private final JdbcClient jdbc;

	HeldPeople(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The people with these ids, each with the person they were combined into ({@code kept}, their own id when never
	 * combined), so that two records of one person count as one.
	 */
	List<Held> withIds(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return held(this.jdbc.sql("""
				select id, coalesce(merged_into, id) as kept, given_name, family_name, date_of_birth, gender
				from person where id in (:ids)
				""").param("ids", ids).query(Row.class).list(), this.jdbc.sql("""
				select person_id, given_name, family_name from person_alias where person_id in (:ids) order by position
				""").param("ids", ids));
	}

	/**
	 * For each of several people sought, the people held who share any of that one's keys in the {@link MatchKeyIndex},
	 * with their aliases: one statement for them all (ADR 0123). A key held by more than {@code largestBlock} people is
	 * passed over, as the duplicate check passes over such a block: a name as common as that tells no one apart, and
	 * the other keys still find the person.
	 *
	 * @return the people found for each of {@code keysOfEach}, in the same order
	 */
	List<List<Held>> sharingKeys(List<long[]> keysOfEach, int largestBlock) {
		int count = 0;
		for (long[] keys : keysOfEach) {
			count += keys.length;
		}
		long[] keys = new long[count];
		int[] parties = new int[count];
		int n = 0;
		for (int party = 0; party < keysOfEach.size(); party++) {
			for (long key : keysOfEach.get(party)) {
				keys[n] = key;
				parties[n++] = party;
			}
		}
		List<List<Held>> found = new ArrayList<>(keysOfEach.size());
		for (int party = 0; party < keysOfEach.size(); party++) {
			found.add(new ArrayList<>());
		}
		this.jdbc.sql("select * from person_candidates(:keys, :parties, :largest)")
			.param("keys", keys)
			.param("parties", parties)
			.param("largest", largestBlock)
			.query(rs -> {
				UUID id = rs.getObject("id", UUID.class);
				String[] given = (String[]) rs.getArray("alias_given").getArray();
				String[] family = (String[]) rs.getArray("alias_family").getArray();
				List<PersonRecord.Name> aliases = new ArrayList<>(given.length);
				for (int i = 0; i < given.length; i++) {
					aliases.add(new PersonRecord.Name(given[i], family[i]));
				}
				found.get(rs.getInt("party")).add(new Held(id, rs.getObject("kept", UUID.class), record(id.toString(),
						new PersonRecord.Name(rs.getString("given_name"), rs.getString("family_name")), aliases,
						rs.getObject("date_of_birth", LocalDate.class), rs.getString("gender"))));
			});
		return found;
	}

	/** The next {@code size} people in the order of their ids, after {@code after}: a bulk read, page by page. */
	List<Held> after(UUID after, int size) {
		List<Row> rows = this.jdbc.sql("""
				select id, coalesce(merged_into, id) as kept, given_name, family_name, date_of_birth, gender
				from person where id > :after order by id limit :size
				""").param("after", after).param("size", size).query(Row.class).list();
		if (rows.isEmpty()) {
			return List.of();
		}
		return held(rows, this.jdbc.sql("""
				select person_id, given_name, family_name from person_alias
				where person_id > :after and person_id <= :last order by position
				""").param("after", after).param("last", rows.getLast().id()));
	}

	private static List<Held> held(List<Row> rows, JdbcClient.StatementSpec aliasQuery) {
		Map<UUID, List<PersonRecord.Name>> aliases = aliasQuery
			.query((rs, n) -> Map.entry(rs.getObject(1, UUID.class),
					new PersonRecord.Name(rs.getString(2), rs.getString(3))))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		return rows.stream()
			.map(r -> new Held(r.id(), r.kept(), record(r.id().toString(), new PersonRecord.Name(r.givenName(),
					r.familyName()), aliases.getOrDefault(r.id(), List.of()), r.dateOfBirth(), r.gender())))
			.toList();
	}

	/** A person as the engine sees one, from the names and date of birth Tandem holds. */
	static PersonRecord record(String id, PersonRecord.Name name, List<PersonRecord.Name> aliases,
			@Nullable LocalDate born, @Nullable String gender) {
		List<PersonRecord.Name> names = new ArrayList<>();
		names.add(name);
		names.addAll(aliases);
		return new PersonRecord(id, names, born == null ? null : born.getYear(),
				born == null ? null : born.getMonthValue(), born == null ? null : born.getDayOfMonth(), gender, null,
				null, null);
	}

	/** @param kept the person this record was combined into, or its own id */
	record Held(UUID id, UUID kept, PersonRecord record) {
	}

	record Row(UUID id, UUID kept, @Nullable String givenName, @Nullable String familyName,
			@Nullable LocalDate dateOfBirth, @Nullable String gender) {
	}

}
