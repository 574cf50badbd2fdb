package tandem.matching;

import java.util.List;
import java.util.UUID;

/**
 * Where a duplicate check hands the pairs it proposes: into the run's own table, for the run's report, and into the
 * coordinators' review queue ({@link DedupPairStore}). Pairs come a batch at a time (a run proposes hundreds of
 * thousands), inside the run's transaction.
 */
interface ProposedPairs {

	void accept(List<ProposedPair> pairs);

	/**
	 * Two people a duplicate check proposes as one, with the engine's probability and explanation.
	 *
	 * @param run the duplicate check that proposes it, the "source" of the proposal
	 * @param cluster the pair's cluster within the run, numbered from 1
	 */
	record ProposedPair(UUID run, int cluster, UUID first, UUID second, double probability, String explanation) {
	}

}
