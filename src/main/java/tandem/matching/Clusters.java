package tandem.matching;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups proposed pairs into clusters (connected components), most probable pair first, while keeping possible twins
 * apart: a pair that would put two people the twins rule separates into one cluster is held apart instead, so a third
 * record that resembles both twins joins at most one of them. Plain union-find; only the people of proposed pairs
 * take any memory beyond one int each.
 */
final class Clusters {

	/** A pair's cluster when the twins rule held it apart. */
	static final int HELD_APART = 0;

	private final int[] parent;

	/** For each cluster's root, the people that some member must never be clustered with. */
	private final Map<Integer, List<Integer>> apart = new HashMap<>();

	private final int[] clusterOfPair;

	private int clusters;

	private Clusters(int people, ScoredPairs proposed, ScoredPairs twins) {
		this.parent = new int[people];
		java.util.Arrays.setAll(this.parent, i -> i);
		this.clusterOfPair = new int[proposed.size()];
		BitSet involved = new BitSet(people);
		for (int pair = 0; pair < proposed.size(); pair++) {
			involved.set(proposed.first(pair));
			involved.set(proposed.second(pair));
		}
		for (int pair = 0; pair < twins.size(); pair++) {
			int a = twins.first(pair);
			int b = twins.second(pair);
			if (involved.get(a) && involved.get(b)) {
				this.apart.computeIfAbsent(a, k -> new ArrayList<>()).add(b);
				this.apart.computeIfAbsent(b, k -> new ArrayList<>()).add(a);
			}
		}
	}

	/** Clusters the proposed pairs of {@code people} people; {@code twins} are the pairs that must stay apart. */
	static Clusters of(int people, ScoredPairs proposed, ScoredPairs twins) {
		Clusters clusters = new Clusters(people, proposed, twins);
		int[] order = proposed.mostProbableFirst();
		boolean[] joined = new boolean[proposed.size()];
		for (int pair : order) {
			joined[pair] = clusters.join(proposed.first(pair), proposed.second(pair));
		}
		Map<Integer, Integer> numbers = new HashMap<>();
		for (int pair : order) {
			if (joined[pair]) {
				int root = clusters.find(proposed.first(pair));
				clusters.clusterOfPair[pair] = numbers.computeIfAbsent(root, r -> numbers.size() + 1);
			}
		}
		clusters.clusters = numbers.size();
		return clusters;
	}

	/** The cluster of a proposed pair, numbered from 1 in the order of their most probable pair, or {@link #HELD_APART}. */
	int clusterOf(int pair) {
		return this.clusterOfPair[pair];
	}

	int count() {
		return this.clusters;
	}

	/** Joins the clusters of a and b unless that would cluster two people who must stay apart; false when refused. */
	private boolean join(int a, int b) {
		int ra = find(a);
		int rb = find(b);
		if (ra == rb) {
			return true;
		}
		List<Integer> apartA = this.apart.getOrDefault(ra, List.of());
		List<Integer> apartB = this.apart.getOrDefault(rb, List.of());
		List<Integer> fewer = apartA.size() <= apartB.size() ? apartA : apartB;
		int other = fewer == apartA ? rb : ra;
		for (int person : fewer) {
			if (find(person) == other) {
				return false;
			}
		}
		int root = apartA.size() >= apartB.size() ? ra : rb;
		int child = root == ra ? rb : ra;
		this.parent[child] = root;
		List<Integer> moved = this.apart.remove(child);
		if (moved != null) {
			this.apart.computeIfAbsent(root, k -> new ArrayList<>()).addAll(moved);
		}
		return true;
	}

	private int find(int person) {
		int i = person;
		while (this.parent[i] != i) {
			this.parent[i] = this.parent[this.parent[i]];
			i = this.parent[i];
		}
		return i;
	}

}
