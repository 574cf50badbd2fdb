package tandem.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Suppression, checked by an attacker: {@link #recoverable} solves the linear equations the published rows and
 * columns give (exact arithmetic), and reports every hidden entry whose value they fix. No suppressed table may have
 * one; the unprotected tables show the attacker would succeed.
 */
class SuppressionTest {

	@Test
	void hidesEveryCountFromOneToFourButNotZerosOrLargerCounts() {
		long[][] table = withTotals(new long[][] { { 0, 7, 3 }, { 12, 9, 8 }, { 6, 10, 11 } });
		boolean[][] hidden = Suppression.protect(table, 5);
		assertThat(hidden[0][2]).isTrue();
		assertThat(hidden[0][0]).isFalse();
		assertThat(hidden[1][0]).isFalse();
		assertThat(recoverable(table, hidden)).isEmpty();
	}

	@Test
	void aSingleSmallCellInARowCannotBeWorkedOutFromItsTotal() {
		long[][] table = withTotals(new long[][] { { 20, 3, 15 }, { 30, 25, 40 } });
		boolean[][] onlyPrimary = new boolean[table.length][table[0].length];
		onlyPrimary[0][1] = true;
		assertThat(recoverable(table, onlyPrimary)).as("the attack works on primary suppression alone").isNotEmpty();

		boolean[][] hidden = Suppression.protect(table, 5);
		assertThat(hidden[0][1]).isTrue();
		assertThat(count(hidden)).isGreaterThanOrEqualTo(4);
		assertThat(recoverable(table, hidden)).isEmpty();
	}

	@Test
	void aSmallTotalIsHiddenWithTheCellsThatMakeItUp() {
		long[][] table = withTotals(new long[][] { { 1, 2, 0 }, { 10, 12, 14 } });
		boolean[][] hidden = Suppression.protect(table, 5);
		assertThat(hidden[0][3]).as("a row total of 3").isTrue();
		assertThat(recoverable(table, hidden)).isEmpty();
	}

	@Test
	void aBridgeBetweenTwoProtectedBlocksIsClosed() {
		// Hand-made: rows 0-1 and rows 2-3 each hide a square of small counts, and the single small count at (1, 2)
		// would join them by one edge: the degree rule alone leaves it fixed.
		long[][] table = withTotals(new long[][] { { 2, 3, 50, 60 }, { 4, 1, 2, 70 }, { 80, 90, 3, 4 },
				{ 85, 95, 1, 2 } });
		boolean[][] hidden = Suppression.protect(table, 5);
		assertThat(recoverable(table, hidden)).isEmpty();
	}

	@Test
	void randomTablesOfSmallCountsNeverGiveAHiddenCountAway() {
		SplittableRandom random = new SplittableRandom(20261122L);
		for (int attempt = 0; attempt < 500; attempt++) {
			int rows = 1 + random.nextInt(7);
			int columns = 1 + random.nextInt(6);
			long[][] cells = new long[rows][columns];
			for (int r = 0; r < rows; r++) {
				for (int c = 0; c < columns; c++) {
					cells[r][c] = random.nextInt(4) == 0 ? random.nextInt(5) : random.nextInt(40);
				}
			}
			long[][] table = withTotals(cells);
			boolean[][] hidden = Suppression.protect(table, 5);
			for (int r = 0; r < table.length; r++) {
				for (int c = 0; c < table[0].length; c++) {
					if (table[r][c] > 0 && table[r][c] < 5) {
						assertThat(hidden[r][c]).as("small count at %d,%d", r, c).isTrue();
					}
				}
			}
			assertThat(recoverable(table, hidden)).as("table %d", attempt).isEmpty();
		}
	}

	@Test
	void theThresholdIsConfigurable() {
		long[][] table = withTotals(new long[][] { { 8, 30 }, { 40, 50 } });
		assertThat(count(Suppression.protect(table, 5))).isZero();
		boolean[][] hidden = Suppression.protect(table, 10);
		assertThat(hidden[0][0]).isTrue();
		assertThat(recoverable(table, hidden)).isEmpty();
	}

	private static long[][] withTotals(long[][] cells) {
		return new CountTable("t", "r", codes(cells.length), codes(cells.length), codes(cells[0].length), cells)
			.withTotals();
	}

	private static List<String> codes(int size) {
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			codes.add("c" + i);
		}
		return codes;
	}

	private static int count(boolean[][] hidden) {
		int count = 0;
		for (boolean[] row : hidden) {
			for (boolean cell : row) {
				count += cell ? 1 : 0;
			}
		}
		return count;
	}

	/**
	 * The attacker: one unknown per hidden entry, one equation per row and per column ("cells add up to the total",
	 * with shown values moved to the right). An unknown is fixed when its unit vector lies in the equations' row
	 * space, found by Gaussian elimination over exact fractions (longs suffice at these sizes).
	 */
	private static List<String> recoverable(long[][] table, boolean[][] hidden) {
		int rows = table.length;
		int columns = table[0].length;
		List<int[]> unknowns = new ArrayList<>();
		for (int r = 0; r < rows; r++) {
			for (int c = 0; c < columns; c++) {
				if (hidden[r][c]) {
					unknowns.add(new int[] { r, c });
				}
			}
		}
		List<long[]> equations = new ArrayList<>();
		for (int r = 0; r < rows; r++) {
			long[] equation = new long[unknowns.size()];
			for (int k = 0; k < unknowns.size(); k++) {
				int[] u = unknowns.get(k);
				if (u[0] == r) {
					equation[k] = u[1] == columns - 1 ? -1 : 1;
				}
			}
			equations.add(equation);
		}
		for (int c = 0; c < columns; c++) {
			long[] equation = new long[unknowns.size()];
			for (int k = 0; k < unknowns.size(); k++) {
				int[] u = unknowns.get(k);
				if (u[1] == c) {
					equation[k] = u[0] == rows - 1 ? -1 : 1;
				}
			}
			equations.add(equation);
		}
		int rank = rank(equations);
		List<String> fixed = new ArrayList<>();
		for (int k = 0; k < unknowns.size(); k++) {
			List<long[]> withUnit = new ArrayList<>(equations);
			long[] unit = new long[unknowns.size()];
			unit[k] = 1;
			withUnit.add(unit);
			if (rank(withUnit) == rank) {
				fixed.add(unknowns.get(k)[0] + "," + unknowns.get(k)[1]);
			}
		}
		return fixed;
	}

	/** Rank by fraction-free Gaussian elimination. */
	private static int rank(List<long[]> equations) {
		long[][] m = equations.stream().map(long[]::clone).toArray(long[][]::new);
		if (m.length == 0 || m[0].length == 0) {
			return 0;
		}
		int rank = 0;
		for (int column = 0; column < m[0].length && rank < m.length; column++) {
			int pivot = -1;
			for (int r = rank; r < m.length; r++) {
				if (m[r][column] != 0) {
					pivot = r;
					break;
				}
			}
			if (pivot < 0) {
				continue;
			}
			long[] swap = m[rank];
			m[rank] = m[pivot];
			m[pivot] = swap;
			for (int r = 0; r < m.length; r++) {
				if (r != rank && m[r][column] != 0) {
					long factor = m[r][column];
					long pivotValue = m[rank][column];
					long divisor = 0;
					for (int c = 0; c < m[0].length; c++) {
						m[r][c] = m[r][c] * pivotValue - m[rank][c] * factor;
						divisor = gcd(divisor, Math.abs(m[r][c]));
					}
					if (divisor > 1) {
						for (int c = 0; c < m[0].length; c++) {
							m[r][c] /= divisor;
						}
					}
				}
			}
			rank++;
		}
		return rank;
	}

	private static long gcd(long a, long b) {
		return b == 0 ? a : gcd(b, a % b);
	}

}
