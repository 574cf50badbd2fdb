package tandem.reporting;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Small-number suppression for publication, on a table whose last row and last column are totals.
 * <p>
 * Primary: every count from 1 to {@code below - 1}, totals included. Secondary, so that no hidden count can be worked
 * out from what is shown: (1) no row or column may hide exactly one entry, since it would be its total minus the
 * rest; (2) no hidden entry may be fixed by the rows and columns taken together. With the totals in place, every
 * row and column sums to zero once the totals are negated, so the hidden entries can be changed without changing
 * anything shown exactly along cycles of hidden entries (alternately up and down), and a hidden entry on no such
 * cycle (a bridge of the graph of hidden entries, rows and columns as its nodes) is determined. Rule (2) adds hidden
 * entries until there is no bridge. Further hidden entries are chosen smallest first, avoiding totals and zeros: with
 * positive counts only, every cycle can move both ways by one, so each hidden count has at least three possible
 * values.
 */
final class Suppression {

	private Suppression() {
	}

	static boolean[][] protect(long[][] table, int below) {
		int rows = table.length;
		int columns = table[0].length;
		boolean[][] hidden = new boolean[rows][columns];
		for (int row = 0; row < rows; row++) {
			for (int column = 0; column < columns; column++) {
				hidden[row][column] = table[row][column] > 0 && table[row][column] < below;
			}
		}
		boolean changed = true;
		while (changed) {
			changed = hideSecondInLines(table, hidden) || breakOneBridge(table, hidden);
		}
		return hidden;
	}

	/** Rule (1) for every row and column; true when it hid anything. */
	private static boolean hideSecondInLines(long[][] table, boolean[][] hidden) {
		boolean changed = false;
		int rows = table.length;
		int columns = table[0].length;
		for (int row = 0; row < rows; row++) {
			final int r = row;
			if (IntStream.range(0, columns).filter(c -> hidden[r][c]).count() == 1) {
				Optional<int[]> next = cheapest(table, hidden, IntStream.range(0, columns).mapToObj(c -> new int[] { r, c }));
				next.ifPresent(cell -> hidden[cell[0]][cell[1]] = true);
				changed |= next.isPresent();
			}
		}
		for (int column = 0; column < columns; column++) {
			final int c = column;
			if (IntStream.range(0, rows).filter(r -> hidden[r][c]).count() == 1) {
				Optional<int[]> next = cheapest(table, hidden, IntStream.range(0, rows).mapToObj(r -> new int[] { r, c }));
				next.ifPresent(cell -> hidden[cell[0]][cell[1]] = true);
				changed |= next.isPresent();
			}
		}
		return changed;
	}

	/** Rule (2): finds one bridge and hides an entry that closes a cycle through it; true when it did. */
	private static boolean breakOneBridge(long[][] table, boolean[][] hidden) {
		int rows = table.length;
		int columns = table[0].length;
		for (int row = 0; row < rows; row++) {
			for (int column = 0; column < columns; column++) {
				if (!hidden[row][column]) {
					continue;
				}
				hidden[row][column] = false;
				boolean[] side = reachable(hidden, row);
				hidden[row][column] = true;
				if (side[rows + column]) {
					continue;
				}
				// Any entry joining the bridge's two sides closes a cycle through it.
				Optional<int[]> next = cheapest(table, hidden, IntStream.range(0, rows)
					.boxed()
					.flatMap(r -> IntStream.range(0, columns).mapToObj(c -> new int[] { r, c }))
					.filter(cell -> side[cell[0]] != side[rows + cell[1]]));
				if (next.isPresent()) {
					hidden[next.get()[0]][next.get()[1]] = true;
					return true;
				}
			}
		}
		return false;
	}

	/** The nodes (rows, then columns) joined to a row through hidden entries. */
	private static boolean[] reachable(boolean[][] hidden, int startRow) {
		int rows = hidden.length;
		int columns = hidden[0].length;
		boolean[] seen = new boolean[rows + columns];
		Deque<Integer> next = new ArrayDeque<>();
		seen[startRow] = true;
		next.push(startRow);
		while (!next.isEmpty()) {
			int node = next.pop();
			for (int other = 0; other < (node < rows ? columns : rows); other++) {
				boolean joined = node < rows ? hidden[node][other] : hidden[other][node - rows];
				int otherNode = node < rows ? rows + other : other;
				if (joined && !seen[otherNode]) {
					seen[otherNode] = true;
					next.push(otherNode);
				}
			}
		}
		return seen;
	}

	/** The shown entry cheapest to hide: not a total if possible, then not zero if possible, then the smallest. */
	private static Optional<int[]> cheapest(long[][] table, boolean[][] hidden, java.util.stream.Stream<int[]> cells) {
		int lastRow = table.length - 1;
		int lastColumn = table[0].length - 1;
		return cells.filter(cell -> !hidden[cell[0]][cell[1]])
			.min(Comparator.<int[]>comparingInt(cell -> cell[0] == lastRow || cell[1] == lastColumn ? 1 : 0)
				.thenComparingInt(cell -> table[cell[0]][cell[1]] == 0 ? 1 : 0)
				.thenComparingLong(cell -> table[cell[0]][cell[1]]));
	}

}
