package tandem.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tandem.TandemIntegrationTest;
import tandem.audit.AuditActor;

import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The duplicate check over a hand-built set of people in the real person tables: which clusters it proposes, exactly,
 * among the people written here (other tests' people have other family names, so they cannot join).
 */
@TandemIntegrationTest
class DuplicateCheckIntegrationTest {

	@Autowired
	DuplicateCheck check;

	@Autowired
	JdbcClient jdbc;

	private final String suffix = DedupFixtures.family("");

	@Test
	void clustersTheSamePeopleHoweverRecordedAndKeepsTwinsAndCombinedRecordsApart() {
		DedupFixtures held = new DedupFixtures(this.jdbc);
		List<UUID> everyone = new ArrayList<>();
		UUID katherine = add(everyone, held.person("Katherine", "Harrow" + this.suffix, date(1980, 4, 12)));
		UUID katharine = add(everyone, held.person("Katharine", "Harrow" + this.suffix, date(1980, 4, 12)));
		UUID william = add(everyone, held.person("William", "Ashby" + this.suffix, date(1975, 6, 3)));
		UUID bill = add(everyone, held.person("Bill", "Ashby" + this.suffix, date(1975, 6, 3)));
		UUID margaret = add(everyone, held.person("Margaret", "Colley" + this.suffix, date(1969, 3, 11)));
		UUID swapped = add(everyone, held.person("Margaret", "Colley" + this.suffix, date(1969, 11, 3)));
		UUID mary = add(everyone, held.person("Mary", "Dunmore" + this.suffix, date(1990, 5, 6)));
		UUID maryAgain = add(everyone, held.person("Mary", "Dunmore" + this.suffix, date(1990, 5, 6)));
		UUID twin = add(everyone, held.person("Grace", "Dunmore" + this.suffix, date(1990, 5, 6)));
		UUID robert = add(everyone, held.person("Robert", "Fenwick" + this.suffix, date(1982, 2, 2)));
		UUID rob = add(everyone, held.person("Rob", "Fenwick" + this.suffix, date(1982, 2, 2)));
		held.combine(rob, robert);
		UUID robertAgain = add(everyone, held.person("Robert", "Fenwick" + this.suffix, date(1982, 2, 2)));
		UUID alexandra = add(everyone, held.person("Alexandra", "Garside" + this.suffix, date(1988, 8, 8),
				fiftyAliases()));
		UUID alexandraAgain = add(everyone, held.person("Alexandra", "Garside" + this.suffix, date(1988, 8, 8)));
		UUID noBirthDate = add(everyone, held.person("Oluwaseun", "Hartigan" + this.suffix, null));
		UUID noBirthDateAgain = add(everyone, held.person("Oluwaseun", "Hartigan" + this.suffix, null));
		UUID cyrillic = add(everyone, held.person("Иван", "Петров" + cyrillic(this.suffix), date(1970, 1, 15)));
		UUID latin = add(everyone, held.person("Ivan", "Petrov" + this.suffix, date(1970, 1, 15)));
		add(everyone, held.person("Zebedee", "Ingleby" + this.suffix, date(1961, 12, 30)));

		DuplicateCheck.Finished run = this.check.runNow(AuditActor.system("test")).orElseThrow();

		// Compared by name, so that a failure says which people were clustered wrongly.
		Map<UUID, String> names = Map.ofEntries(Map.entry(katherine, "Katherine"), Map.entry(katharine, "Katharine"),
				Map.entry(william, "William"), Map.entry(bill, "Bill"), Map.entry(margaret, "Margaret"),
				Map.entry(swapped, "Margaret, day and month swapped"), Map.entry(mary, "Mary"),
				Map.entry(maryAgain, "Mary again"), Map.entry(twin, "Grace, Mary's twin"), Map.entry(robert, "Robert"),
				Map.entry(rob, "Rob, combined into Robert"), Map.entry(robertAgain, "Robert again"),
				Map.entry(alexandra, "Alexandra, 50 aliases"), Map.entry(alexandraAgain, "Alexandra again"),
				Map.entry(noBirthDate, "Oluwaseun, no date of birth"),
				Map.entry(noBirthDateAgain, "Oluwaseun again, no date of birth"), Map.entry(cyrillic, "Иван"),
				Map.entry(latin, "Ivan"));
		assertThat(held.clusters(run.run(), everyone).stream()
			.map(cluster -> cluster.stream().map(id -> names.getOrDefault(id, "someone else")).collect(toSet()))
			.toList()).containsExactlyInAnyOrder(Set.of("Katherine", "Katharine"), Set.of("William", "Bill"),
					Set.of("Margaret", "Margaret, day and month swapped"), Set.of("Mary", "Mary again"),
					Set.of("Robert", "Robert again"), Set.of("Alexandra, 50 aliases", "Alexandra again"),
					Set.of("Oluwaseun, no date of birth", "Oluwaseun again, no date of birth"), Set.of("Иван", "Ivan"));
		assertThat(explanation(run.run(), william, bill)).contains("given name a known variant");
		assertThat(explanation(run.run(), margaret, swapped)).contains("day and month swapped");
		assertThat(run.people()).isGreaterThanOrEqualTo(everyone.size() - 1);
	}

	private String explanation(UUID run, UUID a, UUID b) {
		return this.jdbc.sql("""
				select explanation from person_dedup_pair where run_id = :run
				and ((first_person = :a and second_person = :b) or (first_person = :b and second_person = :a))
				""")
			.param("run", run)
			.param("a", a)
			.param("b", b)
			.query(String.class)
			.single();
	}

	private static UUID add(List<UUID> everyone, UUID person) {
		everyone.add(person);
		return person;
	}

	private String[] fiftyAliases() {
		String[] aliases = new String[50];
		for (int i = 0; i < aliases.length; i++) {
			aliases[i] = "Sandra" + " Other" + (char) ('a' + i % 26) + (char) ('a' + i / 26) + this.suffix
					+ ThreadLocalRandom.current().nextInt(10);
		}
		return aliases;
	}

	/** The random Latin letters of a suffix in Cyrillic, as an agency writing in Russian would record them. */
	private static String cyrillic(String latin) {
		String from = "bdklmnprstvz";
		String to = "бдклмнпрствз";
		StringBuilder out = new StringBuilder();
		latin.chars().forEach(c -> out.append(to.charAt(from.indexOf(c))));
		return out.toString();
	}

	private static LocalDate date(int year, int month, int day) {
		return LocalDate.of(year, month, day);
	}

}
