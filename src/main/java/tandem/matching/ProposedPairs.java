package tandem.matching;

import java.util.List;
import java.util.UUID;

/**
 * Where a duplicate check puts the pairs it finds (ADR 0104): first every pair, a batch at a time, into the run's own
 * table, where its report reads them once the run has finished; then the proposed ones into the coordinators' review
 * queue. Each batch commits on its own, so a national run holds no transaction for long; a run that fails has its
 * pairs deleted ({@link DedupRuns#fail}).
 */
interface ProposedPairs {

	/** Stores a batch of a run's pairs, in a transaction of its own. */
	void accept(List<ProposedPair> pairs);

	/**
	 * Hands every proposed pair the run has stored to the review queue, {@code batch} pairs per transaction.
	 *
	 * @return how many pairs the queue took: not those below {@link MatchProposals#PROBABLE}, decided before, already
	 * proposed or already one person
	 */
	long handOver(UUID run, int batch);

	/**
	 * Two people a duplicate check proposes as one, with the engine's probability and explanation.
	 *
	 * @param run the duplicate check that proposes it, the "source" of the proposal
	 * @param cluster the pair's cluster within the run, numbered from 1, or {@link Clusters#HELD_APART}
	 */
	record ProposedPair(UUID run, int cluster, UUID first, UUID second, double probability, String explanation) {
	}

}
