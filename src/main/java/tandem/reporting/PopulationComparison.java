package tandem.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Adds to a one-column equality table each category's share of those counted and of the area's adult population. A
 * share of a hidden count is hidden too, and every share is hidden when the total is.
 */
final class PopulationComparison {

	private PopulationComparison() {
	}

	static PublishedTable add(PublishedTable table, CountTable counts, Map<String, BigDecimal> population) {
		List<String> headers = new ArrayList<>(table.headers());
		headers.add("Share of those counted (%)");
		headers.add("Share of the area's adults (%)");
		int totalRow = table.rows().size() - 1;
		boolean totalHidden = PublishedTable.HIDDEN.equals(table.rows().get(totalRow).values().get(0));
		long total = counts.grandTotal();
		List<PublishedTable.Row> rows = new ArrayList<>();
		for (int row = 0; row < table.rows().size(); row++) {
			PublishedTable.Row published = table.rows().get(row);
			String count = published.values().get(0);
			List<String> values = new ArrayList<>(published.values());
			if (row == totalRow && counts.rowCodes().size() > 1) {
				values.add(totalHidden ? PublishedTable.HIDDEN : "100.0");
				values.add(population.isEmpty() ? "" : sum(population.values()).toPlainString());
			}
			else {
				boolean hidden = totalHidden || PublishedTable.HIDDEN.equals(count);
				values.add(hidden ? PublishedTable.HIDDEN : percent(counts.cell(row, 0), total));
				BigDecimal share = population.get(counts.rowCodes().get(row));
				values.add(share == null ? "Not recorded" : share.toPlainString());
			}
			rows.add(new PublishedTable.Row(published.label(), values, published.total()));
		}
		return new PublishedTable(table.caption(), headers, rows, table.suppressed(), table.anyHidden());
	}

	private static String percent(long count, long total) {
		return total == 0 ? "No share" : BigDecimal.valueOf(count * 100)
			.divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP)
			.toPlainString();
	}

	private static BigDecimal sum(java.util.Collection<BigDecimal> values) {
		return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
