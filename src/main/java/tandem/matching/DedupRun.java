package tandem.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * One duplicate check of the whole person index: read every person (records already combined read as one), estimate
 * the weights by EM on the data when there is enough of it, score every candidate pair, cluster the pairs at or above
 * the threshold with the twins rule keeping possible twins apart, and hand each cluster's pairs, explained, to
 * {@link ProposedPairs}. Reads in a read-only transaction of its own, works outside any, and stores its pairs a batch
 * per transaction (ADR 0104): a national run holds no transaction, snapshot or lock on rows for long. A run that fails
 * has its pairs deleted ({@link DedupRuns#fail}), and its report shows pairs only once it has finished.
 */
@Component
class DedupRun {

	private static final Logger log = LoggerFactory.getLogger(DedupRun.class);

	/** The largest block of the blocking index, and the people EM learns from: as the matching benchmarks use. */
	static final int MAX_BLOCK = 200;

	static final int EM_SAMPLE = 200_000;

	/**
	 * An index smaller than this holds too few duplicates for EM to learn from (a new partnership, or a test
	 * database of a few records copied many times): its weights would follow chance, so the configured ones are
	 * kept and a run's result does not depend on which other records happen to be there.
	 */
	static final int ESTIMATE_FROM = 10_000;

	/** The page's figures are brought up to date after every so many pairs compared (a few seconds' work). */
	private static final long PROGRESS_PAIRS = 5_000_000;

	private final DedupReader reader;

	private final DedupRuns runs;

	private final ProposedPairs proposed;

	private final int batch;

	/**
	 * @param batch pairs explained and stored, then handed to the review queue, per transaction: a few seconds' work
	 * at most, so that no transaction is held for long and a proposal waits little for a referral proposing the same pair
	 */
	DedupRun(DedupReader reader, DedupRuns runs, ProposedPairs proposed,
			@Value("${tandem.matching.duplicate-check.batch:5000}") int batch) {
		this.reader = reader;
		this.runs = runs;
		this.proposed = proposed;
		this.batch = batch;
	}

	enum Trigger {
		NIGHTLY, ADMINISTRATOR
	}

	enum Phase {
		READING, WEIGHING, COMPARING, CLUSTERING, STORING, DONE
	}

	/** What a run has done so far. */
	record Figures(Phase phase, long people, long compared, long proposed, long heldApart, int clusters) {
	}

	/** Outside the job's transaction, which only holds the job's lock: nothing the run writes may wait for its end. */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	Figures run(UUID run, double threshold) {
		DedupPeople people = this.reader.read(
				read -> this.runs.progress(run, new Figures(Phase.READING, read, 0, 0, 0, 0)));
		int size = people.size();
		this.runs.progress(run, new Figures(Phase.WEIGHING, size, 0, 0, 0, 0));
		PersonIndex index = people.index(MAX_BLOCK);
		MatchEngine engine = size >= ESTIMATE_FROM ? MatchEngine.train(index, MatchModel.configured(), EM_SAMPLE)
				: MatchEngine.with(index, MatchModel.configured());
		log.info("Duplicate check {}: {} people, weights {}", run, size,
				engine.model().isEstimated() ? "estimated from the data" : "as configured");
		this.runs.progress(run, new Figures(Phase.COMPARING, size, 0, 0, 0, 0));
		AtomicLong compared = new AtomicLong();
		ScoredPairs probable = new ScoredPairs();
		engine.forEachCandidatePair((a, b, probability) -> {
			if (compared.incrementAndGet() % PROGRESS_PAIRS == 0) {
				this.runs.progress(run, new Figures(Phase.COMPARING, size, compared.get(), probable.size(), 0, 0));
			}
			if (probability >= threshold) {
				probable.add(a, b, probability);
			}
		});
		this.runs.progress(run, new Figures(Phase.CLUSTERING, size, compared.get(), probable.size(), 0, 0));
		Clusters clusters = Clusters.of(size, probable, new Clusters.Twins() {

			@Override
			public int born(int person) {
				return engine.born(person);
			}

			@Override
			public boolean apart(int a, int b) {
				return engine.possibleTwins(a, b);
			}

		});
		int heldApart = (int) java.util.stream.IntStream.range(0, probable.size())
			.filter(pair -> clusters.clusterOf(pair) == Clusters.HELD_APART)
			.count();
		Figures stored = new Figures(Phase.STORING, size, compared.get(), probable.size() - heldApart, heldApart,
				clusters.count());
		this.runs.progress(run, stored);
		store(run, people, engine, probable, clusters);
		long queued = this.proposed.handOver(run, this.batch);
		log.info("Duplicate check {}: {} pairs added to the review queue", run, queued);
		return new Figures(Phase.DONE, size, stored.compared(), stored.proposed(), heldApart, clusters.count());
	}

	/** Explains and stores every pair, in cluster order, those held apart by the twins rule first. */
	private void store(UUID run, DedupPeople people, MatchEngine engine, ScoredPairs probable, Clusters clusters) {
		int[] byCluster = java.util.stream.IntStream.range(0, probable.size())
			.boxed()
			.sorted(java.util.Comparator.comparingInt(clusters::clusterOf))
			.mapToInt(Integer::intValue)
			.toArray();
		List<ProposedPairs.ProposedPair> pairs = new ArrayList<>(this.batch);
		for (int pair : byCluster) {
			int a = probable.first(pair);
			int b = probable.second(pair);
			pairs.add(new ProposedPairs.ProposedPair(run, clusters.clusterOf(pair), people.id(a), people.id(b),
					probable.probability(pair), engine.explain(a, b)));
			if (pairs.size() == this.batch) {
				this.proposed.accept(pairs);
				pairs.clear();
			}
		}
		this.proposed.accept(pairs);
	}

}
