package tandem.reporting;

import java.util.List;

/**
 * Something counted by month: one SQL query giving one fact row per thing counted. Adding a figure from another
 * module's records (a MARAC hearing, an IDVA case's outcome) means adding a measure to {@link Measures} and a figure
 * to {@link FigureCatalogue}; the refresh, the tables, suppression, charts, exports and the cases behind a figure
 * take it from there.
 *
 * @param label what one fact is, in the plural: "Referrals meeting the MARAC threshold"
 * @param factSql a query whose rows have {@code case_id}, {@code area_id}, {@code occurred_on} (a date),
 * {@code weight} (what the row adds: 1, or e.g. the number of children) and a column for each breakdown's expression
 * (see {@link Breakdown#sql()}). Callers select from it as a subquery and filter on its columns, which PostgreSQL
 * pushes down to the tables' own indexed columns.
 * @param changedMonthsSql the first days of the months holding facts written since {@code :since}
 */
record Measure(String id, String label, String factSql, String changedMonthsSql, List<Breakdown> breakdowns) {

	Measure {
		breakdowns = List.copyOf(breakdowns);
		if (!breakdowns.contains(Breakdown.TOTAL)) {
			throw new IllegalArgumentException("Every measure has a total");
		}
	}

}
