package tandem.person;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads people for other modules. It checks no access itself: callers are behind the case gate, which has decided
 * need to know and written the audit event for the whole case.
 */
@Service
public class PersonRecords {

	private final People people;

	private final JdbcClient jdbc;

	PersonRecords(People people, JdbcClient jdbc) {
		this.people = people;
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Map<UUID, PersonDetails> details(Collection<UUID> ids) {
		return this.people.findAllById(ids)
			.stream()
			.map(Person::details)
			.collect(Collectors.toMap(PersonDetails::id, Function.identity()));
	}

	/**
	 * Every record that is the same person as {@code id}: the record itself, the person it was combined into and every
	 * record combined into that person ({@link PeopleCombined}). A record never combined is alone in its set.
	 */
	@Transactional(readOnly = true)
	public Set<UUID> sameAs(UUID id) {
		List<UUID> same = this.jdbc.sql("""
				with kept as (select coalesce(merged_into, id) as id from person where id = :id)
				select p.id from person p, kept where p.id = kept.id or p.merged_into = kept.id
				""")
			.param("id", id)
			.query(UUID.class)
			.list();
		return same.isEmpty() ? Set.of(id) : Set.copyOf(same);
	}

}
