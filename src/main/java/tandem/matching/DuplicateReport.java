package tandem.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tandem.audit.AuditAction;
import tandem.audit.AuditActor;
import tandem.audit.AuditEvent;
import tandem.audit.AuditLog;

/**
 * One page of a duplicate check's report: the run's figures and a page of its clusters, each with its records (names
 * and date of birth as held now) and its pairs, explained. It names people across every area, so each page read is
 * audited (ADR 0103).
 */
@Component
class DuplicateReport {

	static final int CLUSTERS_PER_PAGE = 25;

	/** Pairs held apart by the twins rule listed on the first page; the run's figures give the full count. */
	static final int HELD_APART_SHOWN = 50;

	/**
	 * The most pairs a cluster shows, most probable first. A cluster of n records can hold n(n-1)/2 pairs: many
	 * copies of one record would otherwise make a page of tens of thousands of rows that no one can read.
	 */
	static final int PAIRS_SHOWN = 50;

	static final String SUBJECT = "duplicate-check-report";

	private final JdbcClient jdbc;

	private final DedupRuns runs;

	private final AuditLog audit;

	DuplicateReport(JdbcClient jdbc, DedupRuns runs, AuditLog audit) {
		this.jdbc = jdbc;
		this.runs = runs;
		this.audit = audit;
	}

	@Transactional
	Optional<Page> read(UUID run, int page, AuditActor reader) {
		Optional<DedupRuns.DedupRunSummary> summary = this.runs.find(run);
		if (summary.isEmpty()) {
			return Optional.empty();
		}
		int pages = Math.max(1, (summary.get().clusters() + CLUSTERS_PER_PAGE - 1) / CLUSTERS_PER_PAGE);
		int shown = Math.min(Math.max(1, page), pages);
		// A run's pairs are stored a batch at a time; until it has finished, they are not its result.
		List<PairRow> pairs = this.jdbc.sql("""
				select cluster, first_person, second_person, probability, explanation from person_dedup_pair d
				where run_id = :run and ((cluster between :from and :to) or (:first and cluster is null))
				  and exists (select 1 from person_dedup_run r where r.id = d.run_id and r.state = 'finished')
				order by cluster nulls last, probability desc, first_person, second_person
				limit :limit
				""")
			.param("run", run)
			.param("from", (shown - 1) * CLUSTERS_PER_PAGE + 1)
			.param("to", shown * CLUSTERS_PER_PAGE)
			.param("first", shown == 1)
			.param("limit", 100_000)
			.query(PairRow.class)
			.list();
		Map<UUID, Person> people = people(pairs.stream()
			.flatMap(p -> java.util.stream.Stream.of(p.firstPerson(), p.secondPerson()))
			.collect(Collectors.toSet()));
		this.audit.record(AuditEvent.success(reader, AuditAction.VIEW, SUBJECT, run).withDetail("page " + shown));
		return Optional.of(new Page(summary.get(), shown, pages, clusters(pairs, people), heldApart(pairs, people)));
	}

	private static List<Cluster> clusters(List<PairRow> pairs, Map<UUID, Person> people) {
		Map<Integer, List<PairRow>> byCluster = pairs.stream()
			.filter(p -> p.cluster() != null)
			.collect(Collectors.groupingBy(PairRow::cluster, LinkedHashMap::new, Collectors.toList()));
		List<Cluster> clusters = new ArrayList<>();
		byCluster.forEach((number, rows) -> {
			Map<UUID, Record> records = new LinkedHashMap<>();
			for (PairRow row : rows) {
				for (UUID id : List.of(row.firstPerson(), row.secondPerson())) {
					records.computeIfAbsent(id, key -> people.get(key).labelled(label(records.size())));
				}
			}
			List<Pair> shown = rows.stream()
				.limit(PAIRS_SHOWN)
				.map(row -> new Pair(records.get(row.firstPerson()), records.get(row.secondPerson()),
						percent(row.probability()), row.explanation()))
				.toList();
			java.util.Set<Record> inShownPairs = shown.stream()
				.flatMap(pair -> java.util.stream.Stream.of(pair.first(), pair.second()))
				.collect(Collectors.toSet());
			clusters.add(new Cluster(number, records.size(),
					records.values().stream().filter(inShownPairs::contains).toList(), shown,
					rows.size() - shown.size()));
		});
		return clusters;
	}

	private static List<Pair> heldApart(List<PairRow> pairs, Map<UUID, Person> people) {
		return pairs.stream()
			.filter(p -> p.cluster() == null)
			.limit(HELD_APART_SHOWN)
			.map(row -> new Pair(people.get(row.firstPerson()).labelled(""), people.get(row.secondPerson()).labelled(""),
					percent(row.probability()), row.explanation()))
			.toList();
	}

	/** A, B, … Z, then AA, AB, …: how the pairs of a cluster name its records. */
	static String label(int index) {
		String letter = String.valueOf((char) ('A' + index % 26));
		return index < 26 ? letter : label(index / 26 - 1) + letter;
	}

	private static String percent(double probability) {
		return probability >= 0.9995 ? "over 99.9%" : String.format(Locale.UK, "%.1f%%", probability * 100);
	}

	private Map<UUID, Person> people(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<UUID, List<String>> aliases = this.jdbc.sql("""
				select person_id, given_name, family_name from person_alias where person_id in (:ids)
				order by person_id, position
				""")
			.param("ids", ids)
			.query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), name(rs.getString(2), rs.getString(3))))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		return this.jdbc.sql("select id, given_name, family_name, date_of_birth from person where id in (:ids)")
			.param("ids", ids)
			.query((rs, n) -> {
				UUID id = rs.getObject(1, UUID.class);
				return new Person(id, name(rs.getString(2), rs.getString(3)), aliases.getOrDefault(id, List.of()),
						rs.getObject(4, LocalDate.class));
			})
			.list()
			.stream()
			.collect(Collectors.toMap(Person::id, p -> p));
	}

	private static String name(@Nullable String given, @Nullable String family) {
		String name = ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
		return name.isEmpty() ? "(no name recorded)" : name;
	}

	record PairRow(@Nullable Integer cluster, UUID firstPerson, UUID secondPerson, double probability,
			String explanation) {
	}

	private record Person(UUID id, String name, List<String> otherNames, @Nullable LocalDate born) {

		Record labelled(String label) {
			return new Record(label, this.id, this.name, this.otherNames, this.born);
		}

	}

	/** A record in a cluster, labelled A, B, … within it. */
	record Record(String label, UUID person, String name, List<String> otherNames, @Nullable LocalDate born) {
	}

	record Pair(Record first, Record second, String probability, String explanation) {
	}

	/**
	 * @param size how many records the cluster holds
	 * @param records the records of the pairs shown
	 * @param weakerPairs how many of the cluster's pairs, beyond {@link #PAIRS_SHOWN}, are not shown
	 */
	record Cluster(int number, int size, List<Record> records, List<Pair> pairs, int weakerPairs) {

		/** What the page says of the records left out, or null when none is. */
		public @Nullable String recordsNotShown() {
			int left = this.size - this.records.size();
			return left == 0 ? null
					: left == 1 ? "One other record of this cluster is in its weaker pairs only, which are not shown."
							: String.format(Locale.UK,
									"The %,d other records of this cluster are in its weaker pairs only, which are not shown.",
									left);
		}

		/** What the page says of the pairs left out, or null when none is. */
		public @Nullable String pairsNotShown() {
			return this.weakerPairs == 0 ? null
					: this.weakerPairs == 1 ? "One weaker pair of this cluster is not shown."
							: String.format(Locale.UK, "The %,d weaker pairs of this cluster are not shown.",
									this.weakerPairs);
		}

	}

	record Page(DedupRuns.DedupRunSummary run, int number, int pages, List<Cluster> clusters, List<Pair> heldApart) {
	}

}
