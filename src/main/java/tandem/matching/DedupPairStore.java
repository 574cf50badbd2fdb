package tandem.matching;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores a run's pairs in {@code person_dedup_pair}, for the run's report: the proposed ones, which then go to the
 * coordinators' review queue when probable enough, and the ones the twins rule held apart (no cluster), which the
 * report lists but nobody is asked to combine. One statement per batch, each batch committed on its own.
 */
@Component
class DedupPairStore implements ProposedPairs {

	private static final UUID NONE = new UUID(0, 0);

	private final JdbcClient jdbc;

	private final MatchProposals queue;

	private final TransactionTemplate eachBatch;

	DedupPairStore(JdbcClient jdbc, MatchProposals queue, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.queue = queue;
		this.eachBatch = new TransactionTemplate(transactions);
		// Never part of a caller's transaction: a batch is committed as soon as it is written.
		this.eachBatch.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@Override
	public void accept(List<ProposedPair> pairs) {
		if (pairs.isEmpty()) {
			return;
		}
		this.eachBatch.executeWithoutResult(status -> this.jdbc.sql("""
				insert into person_dedup_pair (run_id, cluster, first_person, second_person, probability, explanation)
				select :run, nullif(cluster, :heldApart), cast(first as uuid), cast(second as uuid), probability,
				    explanation
				from unnest(:cluster, :first, :second, :probability, :explanation)
				    as p (cluster, first, second, probability, explanation)
				""")
			.param("run", pairs.getFirst().run())
			.param("heldApart", Clusters.HELD_APART)
			.param("cluster", pairs.stream().mapToInt(ProposedPair::cluster).toArray())
			.param("first", pairs.stream().map(p -> p.first().toString()).toArray(String[]::new))
			.param("second", pairs.stream().map(p -> p.second().toString()).toArray(String[]::new))
			.param("probability", pairs.stream().mapToDouble(ProposedPair::probability).toArray())
			.param("explanation", pairs.stream().map(ProposedPair::explanation).toArray(String[]::new))
			.update());
	}

	/** Reads the run's clustered pairs back in the order of their key, a batch at a time, and proposes each batch. */
	@Override
	public long handOver(UUID run, int batch) {
		// The run has just added up to a million rows the planner does not know of yet; without fresh statistics it
		// reads every pair of the run and sorts them for each batch, instead of the next batch from the primary key.
		this.jdbc.sql("analyze person_dedup_pair").update();
		long added = 0;
		List<ProposedPair> pairs = next(run, null, batch);
		while (!pairs.isEmpty()) {
			List<MatchProposals.Candidate> candidates = pairs.stream()
				.map(p -> new MatchProposals.Candidate(p.first(), p.second(), p.probability(), p.explanation()))
				.toList();
			Integer taken = this.eachBatch
				.execute(status -> this.queue.proposeAll(candidates, MatchProposals.Source.BATCH));
			added += taken == null ? 0 : taken;
			pairs = next(run, pairs.getLast(), batch);
		}
		return added;
	}

	private List<ProposedPair> next(UUID run, @Nullable ProposedPair after, int batch) {
		return this.jdbc.sql("""
				select run_id as run, cluster, first_person as first, second_person as second, probability, explanation
				from person_dedup_pair
				where run_id = :run and cluster is not null
				  and (run_id, first_person, second_person) > (:run, cast(:first as uuid), cast(:second as uuid))
				order by run_id, first_person, second_person
				limit :batch
				""")
			.param("run", run)
			// First after the nil uuid twice, which is no pair: a pair is two different people.
			.param("first", (after == null ? NONE : after.first()).toString())
			.param("second", (after == null ? NONE : after.second()).toString())
			.param("batch", batch)
			.query(ProposedPair.class)
			.list();
	}

}
