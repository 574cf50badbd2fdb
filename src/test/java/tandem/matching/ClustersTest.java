package tandem.matching;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Clustering proposed pairs: connected components, most probable pair first, possible twins never together. */
class ClustersTest {

	@Test
	void pairsSharingAPersonFormOneClusterNumberedByTheirMostProbablePair() {
		ScoredPairs proposed = new ScoredPairs();
		proposed.add(0, 1, 0.5);
		proposed.add(1, 2, 0.6);
		proposed.add(3, 4, 0.99);

		Clusters clusters = Clusters.of(5, proposed, twins((a, b) -> false));

		assertThat(clusters.count()).isEqualTo(2);
		assertThat(clusters.clusterOf(2)).isEqualTo(1);
		assertThat(clusters.clusterOf(0)).isEqualTo(2).isEqualTo(clusters.clusterOf(1));
	}

	@Test
	void aRecordLikeBothTwinsJoinsTheMoreProbableAndThePairWithTheOtherIsHeldApart() {
		// 0 and 1 are twins; 2 resembles both, 0 more strongly.
		ScoredPairs proposed = new ScoredPairs();
		proposed.add(1, 2, 0.7);
		proposed.add(0, 2, 0.9);
		Clusters clusters = Clusters.of(3, proposed, twins(ClustersTest::zeroAndOneAreTwins));

		assertThat(clusters.count()).isEqualTo(1);
		assertThat(clusters.clusterOf(1)).isEqualTo(1);
		assertThat(clusters.clusterOf(0)).isEqualTo(Clusters.HELD_APART);
	}

	@Test
	void twinsStayApartEvenThroughALongChain() {
		// 0 - 2 - 3 - 1, where 0 and 1 are twins: the weakest link that would join them is held apart.
		ScoredPairs proposed = new ScoredPairs();
		proposed.add(0, 2, 0.9);
		proposed.add(2, 3, 0.3);
		proposed.add(1, 3, 0.8);
		Clusters clusters = Clusters.of(4, proposed, twins(ClustersTest::zeroAndOneAreTwins));

		assertThat(clusters.count()).isEqualTo(2);
		assertThat(clusters.clusterOf(1)).isEqualTo(Clusters.HELD_APART);
		assertThat(clusters.clusterOf(0)).isNotEqualTo(clusters.clusterOf(2)).isNotZero();
	}

	@Test
	void theTwinsRuleIsAskedOnlyOfPeopleBornOnTheSameDay() {
		ScoredPairs proposed = new ScoredPairs();
		proposed.add(0, 1, 0.9);
		proposed.add(1, 2, 0.8);
		proposed.add(2, 3, 0.7);
		// A rule that would part anyone, were it asked; but no two of them were born on the same day.
		Clusters clusters = Clusters.of(4, proposed, new Clusters.Twins() {

			@Override
			public int born(int person) {
				return 19900101 + 100 * person;
			}

			@Override
			public boolean apart(int a, int b) {
				return true;
			}

		});

		assertThat(clusters.count()).isEqualTo(1);
		assertThat(clusters.clusterOf(0)).isEqualTo(1);
		assertThat(clusters.clusterOf(1)).isEqualTo(1);
		assertThat(clusters.clusterOf(2)).isEqualTo(1);
	}

	/** Everyone born on the same day, so that the rule alone decides. */
	private static Clusters.Twins twins(java.util.function.BiPredicate<Integer, Integer> apart) {
		return new Clusters.Twins() {

			@Override
			public int born(int person) {
				return 19850714;
			}

			@Override
			public boolean apart(int a, int b) {
				return apart.test(a, b);
			}

		};
	}

	private static boolean zeroAndOneAreTwins(int a, int b) {
		return Math.min(a, b) == 0 && Math.max(a, b) == 1;
	}

	@Test
	void recordsOfAClusterAreLabelledByLetters() {
		assertThat(DuplicateReport.label(0)).isEqualTo("A");
		assertThat(DuplicateReport.label(25)).isEqualTo("Z");
		assertThat(DuplicateReport.label(26)).isEqualTo("AA");
	}

}
