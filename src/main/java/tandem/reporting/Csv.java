package tandem.reporting;

import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV of a published table: the caption, the header row, then the rows. */
final class Csv {

	private Csv() {
	}

	static String of(PublishedTable table) {
		StringBuilder csv = new StringBuilder();
		line(csv, List.of(table.caption()));
		line(csv, table.headers());
		for (PublishedTable.Row row : table.rows()) {
			List<String> cells = new ArrayList<>();
			cells.add(row.label());
			cells.addAll(row.values());
			line(csv, cells);
		}
		if (table.anyHidden()) {
			line(csv, List.of("[c]: not shown, because it is fewer than the publication threshold or could be worked "
					+ "out from the totals"));
		}
		return csv.toString();
	}

	private static void line(StringBuilder csv, List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				csv.append(',');
			}
			csv.append(field(cells.get(i)));
		}
		csv.append("\r\n");
	}

	/** Quoted when needed; a leading formula character is neutralised so a spreadsheet never runs a cell. */
	static String field(String value) {
		String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		boolean quote = safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r");
		return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
	}

}
