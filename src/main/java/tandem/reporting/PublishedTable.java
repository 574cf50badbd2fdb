package tandem.reporting;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A table as shown on a page, in a PDF or in a CSV file: words only, with suppressed entries already replaced by
 * {@link #HIDDEN}. Nothing downstream can show a hidden count, because it is no longer here.
 *
 * @param suppressed whether small numbers were suppressed (the table is fit for publication)
 */
public record PublishedTable(String caption, List<String> headers, List<Row> rows, boolean suppressed, boolean anyHidden) {

	/** The marker the ONS uses for a confidential (suppressed) value. */
	static final String HIDDEN = "[c]";

	/** @param total whether this is the totals row (shown in bold) */
	public record Row(String label, List<String> values, boolean total) {

		public Row {
			values = List.copyOf(values);
		}

	}

	public PublishedTable {
		headers = List.copyOf(headers);
		rows = List.copyOf(rows);
	}

	/**
	 * @param suppressBelow the publication threshold, or null for an internal view with every count shown; a table
	 * of one row or one column drops its total row or column, which would only repeat it
	 */
	static PublishedTable of(CountTable table, @Nullable Integer suppressBelow) {
		long[][] values = table.withTotals();
		boolean[][] hidden = suppressBelow == null ? new boolean[values.length][values[0].length]
				: Suppression.protect(values, suppressBelow);
		int rows = table.rowCodes().size();
		int columns = table.columnLabels().size();
		boolean totalColumn = columns > 1;
		List<String> headers = new ArrayList<>();
		headers.add(table.rowHeading());
		headers.addAll(table.columnLabels());
		if (totalColumn) {
			headers.add("Total");
		}
		List<Row> published = new ArrayList<>();
		boolean anyHidden = false;
		for (int row = 0; row <= rows; row++) {
			if (row == rows && rows == 1) {
				break;
			}
			List<String> cells = new ArrayList<>();
			for (int column = 0; column < columns + (totalColumn ? 1 : 0); column++) {
				anyHidden |= hidden[row][column];
				cells.add(hidden[row][column] ? HIDDEN : number(values[row][column]));
			}
			published.add(new Row(row == rows ? "Total" : table.rowLabels().get(row), cells, row == rows));
		}
		return new PublishedTable(table.title(), headers, published, suppressBelow != null, anyHidden);
	}

	/** The row a chart draws: the totals row, or the only row. */
	int headlineRow() {
		for (int row = 0; row < this.rows.size(); row++) {
			if (this.rows.get(row).total()) {
				return row;
			}
		}
		return 0;
	}

	static String number(long value) {
		return NumberFormat.getIntegerInstance(Locale.UK).format(value);
	}

}
