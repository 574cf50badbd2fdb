package tandem.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups proposed pairs into clusters (connected components), most probable pair first, while keeping possible twins
 * apart: a pair that would put two people the twins rule separates into one cluster is held apart instead, so a third
 * record that resembles both twins joins at most one of them. Plain union-find. The twins rule is asked of the
 * members of two clusters only when they would join, and only of members born on the same day, as twins are:
 * collecting every possible-twin pair beforehand held millions of pairs on a national index, and asking it of every
 * two members made joining large clusters of namesakes quadratic.
 */
final class Clusters {

	/** A pair's cluster when the twins rule held it apart. */
	static final int HELD_APART = 0;

	/** Whether the twins rule keeps two people apart. */
	interface Twins {

		/** The person's date of birth as a number, or 0 when unknown: only people born the same day can be twins. */
		int born(int person);

		boolean apart(int a, int b);

	}

	private final int[] parent;

	/** The members of each cluster of more than one person, by the cluster's root and then by date of birth. */
	private final Map<Integer, Map<Integer, List<Integer>>> members = new HashMap<>();

	private final Twins twins;

	private final int[] clusterOfPair;

	private int clusters;

	private Clusters(int people, ScoredPairs proposed, Twins twins) {
		this.parent = new int[people];
		java.util.Arrays.setAll(this.parent, i -> i);
		this.clusterOfPair = new int[proposed.size()];
		this.twins = twins;
	}

	/** Clusters the proposed pairs of {@code people} people, keeping apart those {@code twins} keeps apart. */
	static Clusters of(int people, ScoredPairs proposed, Twins twins) {
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
		Map<Integer, List<Integer>> inA = membersOf(ra);
		Map<Integer, List<Integer>> inB = membersOf(rb);
		Map<Integer, List<Integer>> fewer = size(inA) <= size(inB) ? inA : inB;
		Map<Integer, List<Integer>> more = fewer == inA ? inB : inA;
		for (Map.Entry<Integer, List<Integer>> born : fewer.entrySet()) {
			for (int x : born.getValue()) {
				for (int y : more.getOrDefault(born.getKey(), List.of())) {
					if (born.getKey() != 0 && this.twins.apart(x, y)) {
						return false;
					}
				}
			}
		}
		int root = more == inA ? ra : rb;
		int child = root == ra ? rb : ra;
		this.parent[child] = root;
		fewer.forEach((born, people) -> more.computeIfAbsent(born, day -> new ArrayList<>()).addAll(people));
		this.members.remove(child);
		this.members.put(root, more);
		return true;
	}

	private Map<Integer, List<Integer>> membersOf(int root) {
		Map<Integer, List<Integer>> held = this.members.get(root);
		if (held != null) {
			return held;
		}
		Map<Integer, List<Integer>> alone = new HashMap<>();
		alone.put(this.twins.born(root), new ArrayList<>(List.of(root)));
		return alone;
	}

	private static int size(Map<Integer, List<Integer>> members) {
		return members.values().stream().mapToInt(List::size).sum();
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
