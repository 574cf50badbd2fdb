package tandem.matching;

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

}
