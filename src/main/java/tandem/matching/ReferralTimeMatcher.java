package tandem.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tandem.person.NewPerson;
import tandem.person.PersonMatcher;

/**
 * "Is this person already known?" at referral time: reads the people who could be meant (the same date of birth, also
 * with day and month swapped; the same family name, aliases included, born within a year; or the same full name
 * whenever born) and scores each with the engine. Only one
 * person at or above {@link #CERTAIN} attaches, and only when every other candidate is at least 2^{@value #MARGIN_BITS}
 * times less likely: two people nearly as likely mean a human must decide. The twins rule applies, so a twin never
 * attaches to the other.
 */
@Component
class ReferralTimeMatcher implements PersonMatcher {

	static final double CERTAIN = 0.999;

	/** How many bits of log-odds the best candidate must lead every other by. */
	static final double MARGIN_BITS = 8;

	private static final int CANDIDATES_PER_BRANCH = 2000;

	/** A value no name as typed equals: a lone control character, standing in for "no name given". */
	private static final String NO_NAME = "\u0001";

	private final JdbcClient jdbc;

	private final MatchModel model = MatchModel.configured();

	ReferralTimeMatcher(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<UUID> certainMatch(NewPerson described) {
		PersonRecord query = record("referral", described.givenName(), described.familyName(),
				aliases(described.aliases()), described.dateOfBirth(), described.gender());
		List<MatchEngine.Match> scored = candidates(described).stream()
			.map(candidate -> MatchEngine.score(this.model, query, candidate))
			.sorted(Comparator.comparingDouble(MatchEngine.Match::probability).reversed())
			.toList();
		if (scored.isEmpty() || scored.getFirst().probability() < CERTAIN) {
			return Optional.empty();
		}
		boolean clearLead = scored.size() == 1
				|| logOdds(scored.getFirst().probability()) - logOdds(scored.get(1).probability()) >= MARGIN_BITS;
		return clearLead ? Optional.of(UUID.fromString(scored.getFirst().id())) : Optional.empty();
	}

	private static double logOdds(double probability) {
		double p = Math.min(probability, 1 - 1e-15);
		return Math.log(p / (1 - p)) / Math.log(2);
	}

	private List<PersonRecord> candidates(NewPerson described) {
		LocalDate born = described.dateOfBirth();
		LocalDate swapped = born != null && born.getDayOfMonth() <= 12
				? LocalDate.of(born.getYear(), born.getDayOfMonth(), born.getMonthValue()) : born;
		// Only names given: an unknown family name must not read as "people with no family name". A list that would be
		// empty holds one value no stored name can equal, since SQL cannot take an empty IN list.
		List<String> families = new ArrayList<>();
		addLowered(families, described.familyName());
		described.aliases().forEach(a -> addLowered(families, a.familyName()));
		if (families.isEmpty()) {
			families.add(NO_NAME);
		}
		String given = described.givenName() == null ? NO_NAME : described.givenName().toLowerCase(Locale.ROOT);
		// Each branch is one index look-up and is capped on its own, so a common family name can crowd out neither the
		// people born on the same day nor those of the same full name.
		List<Row> rows = this.jdbc.sql("""
				select p.id, p.given_name, p.family_name, p.date_of_birth, p.gender from person p
				where p.id in (
				    (select id from person where date_of_birth in (:born, :swapped) limit :branch)
				    union
				    (select id from person where lower(family_name) in (:families)
				                             and date_of_birth between :from and :to limit :branch)
				    union
				    (select id from person where lower(family_name) in (:families) and lower(given_name) = :given
				     limit :branch)
				    union
				    (select a.person_id from person_alias a join person q on q.id = a.person_id
				     where lower(a.family_name) in (:families) and q.date_of_birth between :from and :to
				     limit :branch))
				""")
			.param("born", born)
			.param("swapped", swapped)
			.param("from", born == null ? null : born.minusYears(1))
			.param("to", born == null ? null : born.plusYears(1))
			.param("families", families)
			.param("given", given)
			.param("branch", CANDIDATES_PER_BRANCH)
			.query(Row.class)
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<UUID, List<PersonRecord.Name>> aliases = this.jdbc
			.sql("select person_id, given_name, family_name from person_alias where person_id in (:ids) order by position")
			.param("ids", rows.stream().map(Row::id).toList())
			.query((rs, n) -> Map.entry(rs.getObject(1, UUID.class),
					new PersonRecord.Name(rs.getString(2), rs.getString(3))))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		return rows.stream()
			.map(r -> record(r.id().toString(), r.givenName(), r.familyName(), aliases.getOrDefault(r.id(), List.of()),
					r.dateOfBirth(), r.gender()))
			.toList();
	}

	private static void addLowered(List<String> names, @Nullable String name) {
		if (name != null && !name.isBlank()) {
			names.add(name.toLowerCase(Locale.ROOT));
		}
	}

	private static List<PersonRecord.Name> aliases(List<NewPerson.Name> names) {
		return names.stream().map(n -> new PersonRecord.Name(n.givenName(), n.familyName())).toList();
	}

	private static PersonRecord record(String id, @Nullable String given, @Nullable String family,
			List<PersonRecord.Name> aliases, @Nullable LocalDate born, @Nullable String gender) {
		List<PersonRecord.Name> names = new ArrayList<>();
		names.add(new PersonRecord.Name(given, family));
		names.addAll(aliases);
		return new PersonRecord(id, names, born == null ? null : born.getYear(),
				born == null ? null : born.getMonthValue(), born == null ? null : born.getDayOfMonth(), gender, null,
				null, null);
	}

	record Row(UUID id, @Nullable String givenName, @Nullable String familyName, @Nullable LocalDate dateOfBirth,
			@Nullable String gender) {
	}

}
