package tandem.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import tandem.TandemIntegrationTest;
import tandem.cases.CaseFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/** A pair is proposed once, whatever its fate; records already one person and improbable pairs never are. */
@TandemIntegrationTest
@Import({ ReviewScenario.class, CaseFixtures.class })
class MatchProposalsIntegrationTest {

	@Autowired
	MatchProposals proposals;

	@Autowired
	CaseFixtures cases;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPairIsProposedOnceInEitherOrder() {
		UUID a = this.cases.aPerson().create();
		UUID b = this.cases.aPerson().create();

		assertThat(this.proposals.propose(a, b, 0.9, "why", MatchProposals.Source.BATCH)).isTrue();
		assertThat(this.proposals.propose(a, b, 0.95, "why", MatchProposals.Source.REFERRAL)).isFalse();
		assertThat(this.proposals.propose(b, a, 0.9, "why", MatchProposals.Source.BATCH)).isFalse();

		assertThat(this.jdbc.sql("""
				select count(*) from match_proposal where person_low in (:a, :b) and person_high in (:a, :b)
				""").param("a", a).param("b", b).query(Integer.class).single()).isEqualTo(1);
		assertThat(this.jdbc.sql("select probability from match_proposal where person_low in (:a, :b)")
			.param("a", a).param("b", b).query(Double.class).single()).isEqualTo(0.9);
	}

	@Test
	void aPairIsStoredWithTheLowerIdFirstAsPostgresqlOrdersThem() {
		// Java compares UUIDs as signed numbers, so to it an id starting with 8 comes before one starting with 1.
		String tail = UUID.randomUUID().toString().substring(1);
		UUID high = person(UUID.fromString("8" + tail));
		UUID low = person(UUID.fromString("1" + tail));
		assertThat(high.compareTo(low)).isNegative();

		this.proposals.propose(high, low, 0.9, "why", MatchProposals.Source.BATCH);

		assertThat(this.jdbc.sql("select person_low from match_proposal where person_high = :high")
			.param("high", high).query(UUID.class).single()).isEqualTo(low);
	}

	private UUID person(UUID id) {
		this.jdbc.sql("insert into person (id, given_name) values (:id, 'Test')").param("id", id).update();
		return id;
	}

	@Test
	void anImprobablePairOrOneRecordIsNotProposed() {
		UUID a = this.cases.aPerson().create();
		UUID b = this.cases.aPerson().create();

		assertThat(this.proposals.propose(a, b, MatchProposals.PROBABLE - 0.01, "why", MatchProposals.Source.BATCH))
			.isFalse();
		assertThat(this.proposals.propose(a, a, 0.99, "why", MatchProposals.Source.BATCH)).isFalse();
		assertThat(this.proposals.propose(a, b, MatchProposals.PROBABLE, "why", MatchProposals.Source.BATCH)).isTrue();
	}

	@Test
	void aRejectedConfirmedOrSeparatedPairIsNeverProposedAgain() {
		for (String status : new String[] { "REJECTED", "CONFIRMED", "SEPARATED" }) {
			UUID a = this.cases.aPerson().create();
			UUID b = this.cases.aPerson().create();
			this.proposals.propose(a, b, 0.9, "why", MatchProposals.Source.BATCH);
			this.jdbc.sql("update match_proposal set status = :status where person_low in (:a, :b)")
				.param("status", status).param("a", a).param("b", b).update();

			assertThat(this.proposals.propose(b, a, 0.99, "why", MatchProposals.Source.REFERRAL)).as(status).isFalse();
			assertThat(this.jdbc.sql("select status from match_proposal where person_low in (:a, :b)")
				.param("a", a).param("b", b).query(String.class).single()).isEqualTo(status);
		}
	}

	@Test
	void recordsAlreadyOnePersonAreNotProposed() {
		UUID kept = this.cases.aPerson().create();
		UUID combined = this.cases.aPerson().create();
		UUID alsoCombined = this.cases.aPerson().create();
		this.jdbc.sql("update person set merged_into = :kept where id in (:combined, :also)").param("kept", kept)
			.param("combined", combined).param("also", alsoCombined).update();

		assertThat(this.proposals.propose(combined, alsoCombined, 0.9, "why", MatchProposals.Source.BATCH)).isFalse();
		assertThat(this.proposals.propose(kept, combined, 0.9, "why", MatchProposals.Source.BATCH)).isFalse();
	}

	@Test
	void proposersAtOnceAddThePairOnce() throws Exception {
		UUID a = this.cases.aPerson().create();
		UUID b = this.cases.aPerson().create();
		Callable<Boolean> propose = () -> this.proposals.propose(a, b, 0.9, "why", MatchProposals.Source.BATCH);
		Callable<Boolean> reversed = () -> this.proposals.propose(b, a, 0.9, "why", MatchProposals.Source.REFERRAL);

		try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
			Future<Boolean> first = pool.submit(propose);
			Future<Boolean> second = pool.submit(reversed);
			assertThat(first.get() ^ second.get()).isTrue();
		}
	}

	@Test
	void aBatchProposesEachNewPairOnceAndNothingDecidedOrAlreadyOnePerson() {
		UUID a = this.cases.aPerson().create();
		UUID b = this.cases.aPerson().create();
		UUID c = this.cases.aPerson().create();
		UUID d = this.cases.aPerson().create();
		UUID e = this.cases.aPerson().create();
		UUID kept = this.cases.aPerson().create();
		UUID combined = this.cases.aPerson().create();
		this.proposals.propose(a, b, 0.9, "why", MatchProposals.Source.REFERRAL);
		this.jdbc.sql("update match_proposal set status = 'REJECTED' where person_low in (:a, :b)")
			.param("a", a).param("b", b).update();
		this.jdbc.sql("update person set merged_into = :kept where id = :combined").param("kept", kept)
			.param("combined", combined).update();

		int added = this.proposals.proposeAll(List.of(candidate(b, a, 0.99), candidate(kept, combined, 0.99),
				candidate(a, c, 0.8), candidate(c, a, 0.9), candidate(a, c, 0.7), candidate(d, d, 0.99),
				candidate(d, e, MatchProposals.PROBABLE - 0.01), candidate(combined, e, 0.6)),
				MatchProposals.Source.BATCH);

		assertThat(added).isEqualTo(2);
		assertThat(pairs(a, b, c, d, e, kept, combined)).containsExactlyInAnyOrder(pair(a, b, "REJECTED", 0.9),
				pair(a, c, "OPEN", 0.9), pair(combined, e, "OPEN", 0.6));
		assertThat(this.proposals.proposeAll(List.of(candidate(c, a, 0.95), candidate(e, combined, 0.95)),
				MatchProposals.Source.BATCH)).isZero();
	}

	@Test
	void batchesAtOnceWithOverlappingPairsInEitherOrderAddEachPairOnce() throws Exception {
		List<UUID> people = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			people.add(person(UUID.randomUUID()));
		}
		List<MatchProposals.Candidate> forwards = new ArrayList<>();
		List<MatchProposals.Candidate> backwards = new ArrayList<>();
		for (int i = 0; i < people.size(); i++) {
			for (int j = i + 1; j < people.size(); j++) {
				forwards.add(candidate(people.get(i), people.get(j), 0.9));
				backwards.addFirst(candidate(people.get(j), people.get(i), 0.9));
			}
		}

		try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
			Future<Integer> first = pool.submit(() -> this.proposals.proposeAll(forwards, MatchProposals.Source.BATCH));
			Future<Integer> second = pool.submit(() -> this.proposals.proposeAll(backwards, MatchProposals.Source.BATCH));
			assertThat(first.get() + second.get()).isEqualTo(forwards.size());
		}
		assertThat(this.jdbc.sql("select count(*) from match_proposal where person_low in (:people)")
			.param("people", people).query(Integer.class).single()).isEqualTo(forwards.size());
	}

	private static MatchProposals.Candidate candidate(UUID a, UUID b, double probability) {
		return new MatchProposals.Candidate(a, b, probability, "why " + probability);
	}

	/** The proposals among these people, each as its two records (in no order), status and probability. */
	private List<List<Object>> pairs(UUID... people) {
		return this.jdbc.sql("""
				select person_low, person_high, status, probability from match_proposal
				where person_low in (:people) or person_high in (:people)
				""")
			.param("people", List.of(people))
			.query((rs, n) -> pair(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
					rs.getDouble(4)))
			.list();
	}

	private static List<Object> pair(UUID a, UUID b, String status, double probability) {
		return List.of(Set.of(a, b), status, probability);
	}

}
