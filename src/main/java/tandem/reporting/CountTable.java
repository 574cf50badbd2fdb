package tandem.reporting;

import java.util.List;

/**
 * Counts by category (rows) and span (columns), before any suppression. Totals are sums of the cells, so a
 * published table's totals always add up.
 */
record CountTable(String title, String rowHeading, List<String> rowCodes, List<String> rowLabels,
		List<String> columnLabels, long[][] cells) {

	CountTable {
		rowCodes = List.copyOf(rowCodes);
		rowLabels = List.copyOf(rowLabels);
		columnLabels = List.copyOf(columnLabels);
		cells = cells.clone();
	}

	long cell(int row, int column) {
		return this.cells[row][column];
	}

	long rowTotal(int row) {
		long total = 0;
		for (long value : this.cells[row]) {
			total += value;
		}
		return total;
	}

	long columnTotal(int column) {
		long total = 0;
		for (long[] row : this.cells) {
			total += row[column];
		}
		return total;
	}

	long grandTotal() {
		long total = 0;
		for (int row = 0; row < this.cells.length; row++) {
			total += rowTotal(row);
		}
		return total;
	}

	/** The cells with a total column on the right and a total row at the bottom, as published. */
	long[][] withTotals() {
		int rows = this.rowCodes.size();
		int columns = this.columnLabels.size();
		long[][] extended = new long[rows + 1][columns + 1];
		for (int row = 0; row < rows; row++) {
			System.arraycopy(this.cells[row], 0, extended[row], 0, columns);
			extended[row][columns] = rowTotal(row);
		}
		for (int column = 0; column < columns; column++) {
			extended[rows][column] = columnTotal(column);
		}
		extended[rows][columns] = grandTotal();
		return extended;
	}

}
