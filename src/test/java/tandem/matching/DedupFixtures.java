package tandem.matching;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes people straight into the person tables for duplicate-check tests, each family name made unique with random
 * letters so that other tests' people never join a cluster: {@code held.person("Mary", family, born, aliases...)}.
 */
final class DedupFixtures {

	private final JdbcClient jdbc;

	DedupFixtures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A family name no other test uses: the stem and six random letters. */
	static String family(String stem) {
		StringBuilder name = new StringBuilder(stem);
		for (int i = 0; i < 6; i++) {
			name.append("bdklmnprstvz".charAt(ThreadLocalRandom.current().nextInt(12)));
		}
		return name.toString();
	}

	UUID person(@Nullable String given, @Nullable String family, @Nullable LocalDate born, String... aliases) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("insert into person (id, given_name, family_name, date_of_birth, gender) values (?, ?, ?, ?, 'F')")
			.params(id, given, family, born)
			.update();
		for (int i = 0; i < aliases.length; i++) {
			String[] name = aliases[i].split(" ", 2);
			this.jdbc.sql("insert into person_alias (person_id, position, given_name, family_name) values (?, ?, ?, ?)")
				.params(id, i, name[0], name[1])
				.update();
		}
		return id;
	}

	/** Combines {@code combined} into {@code kept}, as the merge feature records it. */
	void combine(UUID combined, UUID kept) {
		this.jdbc.sql("update person set merged_into = ? where id = ?").params(kept, combined).update();
	}

	/** The clusters of a run that hold any of {@code people}, each as the set of its people. */
	List<java.util.Set<UUID>> clusters(UUID run, List<UUID> people) {
		return this.jdbc.sql("""
				select cluster, array_agg(distinct person) from (
				    select cluster, first_person as person from person_dedup_pair where run_id = :run and cluster is not null
				    union all
				    select cluster, second_person from person_dedup_pair where run_id = :run and cluster is not null) p
				group by cluster having bool_or(person in (:people))
				""")
			.param("run", run)
			.param("people", people)
			.query((rs, n) -> java.util.Set.of((UUID[]) rs.getArray(2).getArray()))
			.list();
	}

}
