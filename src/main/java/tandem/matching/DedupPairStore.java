package tandem.matching;

import java.sql.Types;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Stores a run's pairs in {@code person_dedup_pair}, for the run's report: the proposed ones (through
 * {@link ProposedPairs}), which also go to the coordinators' review queue when probable enough, and the ones the twins
 * rule held apart, which the report lists but nobody is asked to combine.
 */
@Component
class DedupPairStore implements ProposedPairs {

	private static final String INSERT = """
			insert into person_dedup_pair (run_id, cluster, first_person, second_person, probability, explanation)
			values (?, ?, ?, ?, ?, ?)
			""";

	private final JdbcTemplate jdbc;

	private final MatchProposals queue;

	DedupPairStore(JdbcTemplate jdbc, MatchProposals queue) {
		this.jdbc = jdbc;
		this.queue = queue;
	}

	/** The queue takes only pairs at or above {@link MatchProposals#PROBABLE}, and never one decided before. */
	@Override
	public void accept(List<ProposedPair> pairs) {
		insert(pairs);
		for (ProposedPair pair : pairs) {
			this.queue.propose(pair.first(), pair.second(), pair.probability(), pair.explanation(),
					MatchProposals.Source.BATCH);
		}
	}

	/** Pairs probable on their own but held apart by the twins rule ({@link Clusters#HELD_APART}): no cluster. */
	void heldApart(List<ProposedPair> pairs) {
		insert(pairs);
	}

	private void insert(List<ProposedPair> pairs) {
		this.jdbc.batchUpdate(INSERT, pairs, pairs.size(), (statement, pair) -> {
			statement.setObject(1, pair.run());
			if (pair.cluster() == Clusters.HELD_APART) {
				statement.setNull(2, Types.INTEGER);
			}
			else {
				statement.setInt(2, pair.cluster());
			}
			statement.setObject(3, pair.first());
			statement.setObject(4, pair.second());
			statement.setDouble(5, pair.probability());
			statement.setString(6, pair.explanation());
		});
	}

}
