package tandem.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import tandem.ClusterJobs;
import tandem.TandemIntegrationTest;
import tandem.audit.AuditActor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A duplicate check stores its pairs and hands them to the review queue a batch per transaction (ADR 0104): its
 * report shows them only once it has finished, a run that fails part way leaves none of its pairs, and the job's own
 * transaction, which holds the job's lock, holds no snapshot meanwhile. Failures are made real by a trigger that
 * refuses an insert, added for the test only.
 */
@TandemIntegrationTest
class DuplicateCheckBatchesIntegrationTest {

	private static final Logger log = LoggerFactory.getLogger(DuplicateCheckBatchesIntegrationTest.class);

	private static final AuditActor TEST = AuditActor.system("duplicate check batches test");

	@Autowired
	DuplicateCheck check;

	@Autowired
	ClusterJobs jobs;

	@Autowired
	DedupRuns runs;

	@Autowired
	DedupReader reader;

	@Autowired
	DedupPairStore store;

	@Autowired
	DuplicateReport report;

	@Autowired
	MatchProposals proposals;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcTemplate ddl;

	@Test
	void aRunThatFailsWhileStoringLeavesNoPairsAndItsJobHeldNoSnapshotMeanwhile() {
		List<UUID> people = twoPairsOfDuplicates();
		// Refuses the run's second batch, so that the first has been committed when the run fails. The job's session
		// is the one idle in the transaction holding the job's advisory lock.
		String jobSessions = "from pg_stat_activity where state = 'idle in transaction'"
				+ " and pid in (select pid from pg_locks where locktype = 'advisory' and granted)";
		String refusal = """
				if exists (select 1 from person_dedup_pair where run_id = new.run_id) then
				    raise exception 'refused after % stored pairs; % job sessions, % of them holding a snapshot',
				        (select count(*) from person_dedup_pair where run_id = new.run_id),
				        (select count(*) JOBS),
				        (select count(*) JOBS and (backend_xmin is not null or backend_xid is not null));
				end if;
				""".replace("JOBS", jobSessions);
		DuplicateCheck oneByOne = new DuplicateCheck(this.jobs, this.jdbc, this.runs,
				new DedupRun(this.reader, this.runs, this.store, 1), 0.1, 7);

		Throwable failure = withTrigger("person_dedup_pair", refusal, () -> oneByOne.runNow(TEST));

		Matcher said = Pattern.compile("refused after (\\d+) stored pairs; (\\d+) job sessions, (\\d+) of them")
			.matcher(String.valueOf(NestedExceptionUtils.getMostSpecificCause(failure).getMessage()));
		assertThat(said.find()).as("the run failed at the trigger: %s", failure).isTrue();
		assertThat(Integer.parseInt(said.group(1))).as("pairs committed before the failure").isPositive();
		assertThat(Integer.parseInt(said.group(2))).as("the job's session, holding its lock").isEqualTo(1);
		assertThat(Integer.parseInt(said.group(3))).as("job sessions holding a snapshot").isZero();
		assertFailedWithoutPairs(latestRun());
		assertThat(proposalsAmong(people)).isZero();
	}

	@Test
	void aRunThatFailsWhileHandingOverLeavesNoPairs() {
		List<UUID> people = twoPairsOfDuplicates();
		String refusal = """
				if new.person_low in (%s) then
				    raise exception 'refused by the test';
				end if;
				""".formatted(String.join(", ", people.stream().map(id -> "'" + id + "'").toList()));

		Throwable failure = withTrigger("match_proposal", refusal, () -> this.check.runNow(TEST));

		assertThat(NestedExceptionUtils.getMostSpecificCause(failure)).hasMessageContaining("refused by the test");
		assertFailedWithoutPairs(latestRun());
	}

	@Test
	void aRunsPairsAreInItsReportOnlyOnceItHasFinished() {
		List<UUID> people = twoPairsOfDuplicates();
		UUID run = this.runs.begin(DedupRun.Trigger.NIGHTLY, TEST, 0.1);
		this.store.accept(List.of(pair(run, 1, people.get(0), people.get(1), 0.99)));

		assertThat(this.report.read(run, 1, TEST).orElseThrow().clusters()).isEmpty();

		this.runs.finish(run, new DedupRun.Figures(DedupRun.Phase.DONE, 4, 1, 1, 0, 1));
		assertThat(this.report.read(run, 1, TEST).orElseThrow().clusters()).hasSize(1);
	}

	@Test
	void aRunLeftRunningByAStoppedProcessIsMarkedInterruptedAndItsPairsDeletedByTheNext() {
		List<UUID> people = twoPairsOfDuplicates();
		UUID stopped = this.runs.begin(DedupRun.Trigger.NIGHTLY, TEST, 0.1);
		this.store.accept(List.of(pair(stopped, 1, people.get(0), people.get(1), 0.99)));

		UUID next = this.runs.begin(DedupRun.Trigger.NIGHTLY, TEST, 0.1);

		assertThat(this.runs.find(stopped).orElseThrow().state()).isEqualTo("interrupted");
		assertThat(pairsOf(stopped)).isZero();
		this.runs.fail(next);
	}

	@Test
	void onlyTheLatestChecksKeepTheirPairsAndEachRemovalIsAuditedAndSaidOnItsReport() {
		List<UUID> people = twoPairsOfDuplicates();
		UUID older = finishedWithOnePair(people);
		UUID latest = finishedWithOnePair(people);

		assertThat(this.runs.removeOldPairs(1, TEST)).contains(older).doesNotContain(latest);

		assertThat(pairsOf(older)).isZero();
		assertThat(pairsOf(latest)).isOne();
		DedupRuns.DedupRunSummary olderRun = this.runs.find(older).orElseThrow();
		assertThat(olderRun.pairsRemoved()).as("when its pairs were removed").isNotNull();
		assertThat(olderRun.pairsProposed()).as("its figures stay").isOne();
		assertThat(this.runs.find(latest).orElseThrow().pairsRemoved()).isNull();
		assertThat(this.jdbc.sql("""
				select detail from audit_event
				where action = 'DELETE' and subject_type = :subject and subject_id = :run and outcome = 'SUCCESS'
				""").param("subject", DedupRuns.SUBJECT).param("run", older.toString()).query(String.class).list())
			.containsExactly("1 pairs removed; the latest 1 checks keep theirs");
		assertThat(this.runs.removeOldPairs(1, TEST)).as("nothing is removed twice").isEmpty();
	}

	private UUID finishedWithOnePair(List<UUID> people) {
		UUID run = this.runs.begin(DedupRun.Trigger.NIGHTLY, TEST, 0.1);
		this.store.accept(List.of(pair(run, 1, people.get(0), people.get(1), 0.99)));
		this.runs.finish(run, new DedupRun.Figures(DedupRun.Phase.DONE, 4, 1, 1, 0, 1));
		return run;
	}

	/**
	 * 20,100 pairs among 201 people, stored and handed over as a national run's would be: every pair is proposed once,
	 * except those decided before, already on the queue, already one person or improbable. Not timed: the figures go to
	 * the log (duplicate check batches: ...).
	 */
	@Test
	void twentyThousandPairsAreStoredAndHandedOverInBatches() {
		DedupFixtures held = new DedupFixtures(this.jdbc);
		List<UUID> people = new ArrayList<>();
		for (int i = 0; i < 201; i++) {
			people.add(held.person("Batch", DedupFixtures.family("Batch"), null));
		}
		try {
			storeAndHandOverEveryPairOf(people, held);
		}
		finally {
			// 201 people in every pair would weigh on other tests' runs of the whole index.
			this.jdbc.sql("delete from match_proposal where person_low in (:people)").param("people", people).update();
			this.jdbc.sql("delete from person where id in (:people)").param("people", people).update();
		}
	}

	private void storeAndHandOverEveryPairOf(List<UUID> people, DedupFixtures held) {
		UUID run = this.runs.begin(DedupRun.Trigger.NIGHTLY, TEST, 0.1);
		List<ProposedPairs.ProposedPair> pairs = new ArrayList<>();
		for (int i = 0; i < people.size(); i++) {
			for (int j = i + 1; j < people.size(); j++) {
				pairs.add(pair(run, 1, people.get(i), people.get(j), i == 5 && j == 6 ? 0.3 : 0.9));
			}
		}
		held.combine(people.get(1), people.get(0));
		this.proposals.propose(people.get(2), people.get(3), 0.8, "rejected before", MatchProposals.Source.REFERRAL);
		this.jdbc.sql("update match_proposal set status = 'REJECTED' where person_low in (:a, :b)")
			.param("a", people.get(2)).param("b", people.get(3)).update();
		this.proposals.propose(people.get(4), people.get(3), 0.8, "open before", MatchProposals.Source.REFERRAL);

		long started = System.nanoTime();
		for (int from = 0; from < pairs.size(); from += 5_000) {
			this.store.accept(pairs.subList(from, Math.min(pairs.size(), from + 5_000)));
		}
		long stored = System.nanoTime();
		long added = this.store.handOver(run, 5_000);
		long handedOver = System.nanoTime();
		log.info("duplicate check batches: {} pairs stored in {} ms, {} added to the review queue in {} ms",
				pairs.size(), (stored - started) / 1_000_000, added, (handedOver - stored) / 1_000_000);

		assertThat(added).isEqualTo(pairs.size() - 4);
		assertThat(proposalsAmong(people)).isEqualTo(pairs.size() - 2);
		assertThat(this.jdbc.sql("select status from match_proposal where person_low in (:a, :b) and explanation = :why")
			.param("a", people.get(2)).param("b", people.get(3)).param("why", "rejected before")
			.query(String.class).single()).isEqualTo("REJECTED");
		this.runs.fail(run);
		assertFailedWithoutPairs(run);
	}

	/** Two records of each of two people, certain duplicates: a run stores at least two pairs of its own. */
	private List<UUID> twoPairsOfDuplicates() {
		DedupFixtures fixtures = new DedupFixtures(this.jdbc);
		String mary = DedupFixtures.family("Dunmore");
		String william = DedupFixtures.family("Ashby");
		return List.of(fixtures.person("Mary", mary, LocalDate.of(1990, 5, 6)),
				fixtures.person("Mary", mary, LocalDate.of(1990, 5, 6)),
				fixtures.person("William", william, LocalDate.of(1975, 6, 3)),
				fixtures.person("William", william, LocalDate.of(1975, 6, 3)));
	}

	/** Runs {@code work} with a trigger refusing inserts into {@code table} as {@code body} says; what it threw. */
	private Throwable withTrigger(String table, String body, Runnable work) {
		String name = "test_refusal_" + UUID.randomUUID().toString().replace("-", "");
		this.ddl.execute("create function " + name + "() returns trigger language plpgsql as $$ begin " + body
				+ " return new; end $$");
		this.ddl.execute("create trigger " + name + " before insert on " + table + " for each row execute function "
				+ name + "()");
		try {
			return catchThrowable(work::run);
		}
		finally {
			this.ddl.execute("drop trigger " + name + " on " + table);
			this.ddl.execute("drop function " + name + "()");
		}
	}

	private UUID latestRun() {
		return this.runs.recent(1).getFirst().id();
	}

	private void assertFailedWithoutPairs(UUID run) {
		assertThat(this.runs.find(run).orElseThrow().state()).isEqualTo("failed");
		assertThat(pairsOf(run)).isZero();
	}

	private int pairsOf(UUID run) {
		return this.jdbc.sql("select count(*) from person_dedup_pair where run_id = :run").param("run", run)
			.query(Integer.class).single();
	}

	private long proposalsAmong(List<UUID> people) {
		return this.jdbc.sql("select count(*) from match_proposal where person_low in (:people)")
			.param("people", people).query(Long.class).single();
	}

	private static ProposedPairs.ProposedPair pair(UUID run, int cluster, UUID a, UUID b, double probability) {
		return new ProposedPairs.ProposedPair(run, cluster, a, b, probability, "why");
	}

}
