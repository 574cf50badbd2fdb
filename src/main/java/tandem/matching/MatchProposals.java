package tandem.matching;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.Ids;
import tandem.person.PersonRecords;

/**
 * The review queue's way in: whoever finds a probable match (the referral-time matcher, the batch deduplication)
 * proposes the pair here, and MARAC coordinators confirm or reject it (ADR 0100). A pair is proposed at most once,
 * whatever became of it: open, confirmed, rejected, or confirmed and later separated, so a decision is never asked
 * for again. Two records already one person are not proposed.
 */
@Service
public class MatchProposals {

	/**
	 * The least probability worth a person's time: more likely than not the same person. Below it a pair is not
	 * proposed. Pairs at or above {@link ReferralTimeMatcher#CERTAIN} are proposed too when the matcher could not
	 * attach them (another candidate nearly as likely).
	 */
	public static final double PROBABLE = 0.5;

	/** Where a proposal came from. */
	public enum Source {

		REFERRAL("A new referral"), BATCH("Checking all records");

		private final String label;

		Source(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	/**
	 * Pairs per statement: their records' ids, each a parameter of the "already one person" read, stay well under
	 * PostgreSQL's 65,535 parameters.
	 */
	private static final int PER_STATEMENT = 5_000;

	private final JdbcClient jdbc;

	private final PersonRecords people;

	private final Clock clock;

	MatchProposals(JdbcClient jdbc, PersonRecords people, Clock clock) {
		this.jdbc = jdbc;
		this.people = people;
		this.clock = clock;
	}

	/**
	 * Puts the pair on the review queue unless it is already there, was ever decided, is below {@link #PROBABLE}, or
	 * the two are already one person. Safe to call again and from several callers at once.
	 *
	 * @param explanation the engine's explanation, e.g. "date of birth identical; family name differs by one letter"
	 * @return true when the pair was added to the queue by this call
	 */
	@Transactional
	public boolean propose(UUID a, UUID b, double probability, String explanation, Source source) {
		return proposeAll(List.of(new Candidate(a, b, probability, explanation)), source) == 1;
	}

	/**
	 * {@link #propose} for many pairs at once, under the same rules, a few thousand rows per statement: the batch
	 * duplicate check proposes hundreds of thousands. A pair named more than once, in either order, is proposed once
	 * with its highest probability.
	 *
	 * @return how many pairs this call added to the queue
	 */
	@Transactional
	int proposeAll(Collection<Candidate> candidates, Source source) {
		// Keyed and sorted as PostgreSQL orders the pair: two proposers inserting overlapping pairs then take the
		// unique key's locks in the same order, so they wait for each other instead of deadlocking.
		SortedMap<String, Candidate> pairs = new TreeMap<>();
		for (Candidate candidate : candidates) {
			if (!candidate.a().equals(candidate.b()) && candidate.probability() >= PROBABLE
					&& candidate.probability() <= 1) {
				Candidate ordered = candidate.lowFirst();
				pairs.merge(ordered.a() + " " + ordered.b(), ordered,
						(x, y) -> x.probability() >= y.probability() ? x : y);
			}
		}
		List<Candidate> probable = List.copyOf(pairs.values());
		int added = 0;
		for (int from = 0; from < probable.size(); from += PER_STATEMENT) {
			added += insert(probable.subList(from, Math.min(probable.size(), from + PER_STATEMENT)), source);
		}
		return added;
	}

	/** Inserts those of the pairs, each once and in order, whose records are not already one person. */
	private int insert(List<Candidate> probable, Source source) {
		Map<UUID, Set<UUID>> same = this.people
			.sameAs(probable.stream().flatMap(c -> Stream.of(c.a(), c.b())).collect(Collectors.toSet()));
		List<Candidate> apart = probable.stream().filter(c -> !same.get(c.a()).contains(c.b())).toList();
		if (apart.isEmpty()) {
			return 0;
		}
		return this.jdbc.sql("""
				insert into match_proposal (id, person_low, person_high, probability, explanation, source, status,
				    proposed_at)
				select cast(id as uuid), cast(low as uuid), cast(high as uuid), probability, explanation, :source,
				    'OPEN', :now
				from unnest(:id, :low, :high, :probability, :explanation) with ordinality as p (id, low, high,
				    probability, explanation, n)
				order by n
				on conflict (person_low, person_high) do nothing
				""")
			.param("id", apart.stream().map(c -> Ids.next().toString()).toArray(String[]::new))
			.param("low", apart.stream().map(c -> c.a().toString()).toArray(String[]::new))
			.param("high", apart.stream().map(c -> c.b().toString()).toArray(String[]::new))
			.param("probability", apart.stream().mapToDouble(Candidate::probability).toArray())
			.param("explanation", apart.stream().map(Candidate::explanation).toArray(String[]::new))
			.param("source", source.name())
			.param("now", Timestamp.from(Instant.now(this.clock)))
			.update();
	}

	/** A pair someone proposes, in either order, with the engine's probability and explanation. */
	record Candidate(UUID a, UUID b, double probability, String explanation) {

		/** The same pair with the record PostgreSQL orders first as {@code a}. */
		Candidate lowFirst() {
			// PostgreSQL orders uuids by their bytes, as their text compares; UUID.compareTo compares signed longs.
			return this.a.toString().compareTo(this.b.toString()) < 0 ? this
					: new Candidate(this.b, this.a, this.probability, this.explanation);
		}

	}

}
