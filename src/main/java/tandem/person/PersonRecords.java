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
		return sameAs(List.of(id)).get(id);
	}

	/** {@link #sameAs(UUID)} of each of {@code ids}, read at once. */
	@Transactional(readOnly = true)
	public Map<UUID, Set<UUID>> sameAs(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<UUID, Set<UUID>> same = this.jdbc.sql("""
				with asked as (select id as asked, coalesce(merged_into, id) as kept from person where id in (:ids))
				select asked.asked, p.id from asked join person p on p.id = asked.kept or p.merged_into = asked.kept
				""")
			.param("ids", ids)
			.query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toSet())));
		ids.forEach(id -> same.putIfAbsent(id, Set.of(id)));
		return same;
	}

}
