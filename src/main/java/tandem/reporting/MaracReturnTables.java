package tandem.reporting;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;

import org.jspecify.annotations.Nullable;

import tandem.reporting.MaracReturnCounts.MeetingCounts;

/**
 * The SafeLives return as tables: for the page, one row per figure with a column per meeting, the quarter and
 * SafeLives' values; for the CSV (ADR 0110), one row per meeting and a quarter total row, a column per figure.
 */
final class MaracReturnTables {

	static final String TOTAL = "Quarter total";

	private static final DateTimeFormatter PAGE_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

	private MaracReturnTables() {
	}

	static PublishedTable page(MaracReturn data) {
		List<String> headers = new ArrayList<>(List.of("Figure"));
		data.meetings().forEach(meeting -> headers.add("Meeting " + PAGE_DATE.format(meeting.heldOn())));
		headers.addAll(List.of(TOTAL, "SafeLives national, 12 months to 30 September 2024", "Recommended level"));
		List<PublishedTable.Row> rows = new ArrayList<>();
		for (SafeLivesIndicator indicator : SafeLivesIndicator.values()) {
			List<String> cells = new ArrayList<>();
			data.meetings().forEach(meeting -> cells.add(pageCell(indicator, meeting::count)));
			cells.add(pageCell(indicator, data::total));
			cells.add(indicator.national());
			cells.add(recommended(indicator, data));
			rows.add(new PublishedTable.Row(indicator.label(), cells, false));
		}
		List<String> rate = new ArrayList<>();
		data.meetings().forEach(meeting -> rate.add(""));
		BigDecimal per10k = data.per10k();
		rate.add(per10k == null ? "No population recorded" : per10k.toPlainString());
		rate.add(String.valueOf(MaracReturn.NATIONAL_PER_10K));
		rate.add(MaracReturn.EXPECTED_PER_10K + " (expected level)");
		rows.add(new PublishedTable.Row("Cases per 10,000 adult females, 12 months to the quarter's end", rate, false));
		return new PublishedTable(caption(data), headers, rows, false, false);
	}

	static PublishedTable csv(MaracReturn data) {
		List<String> headers = new ArrayList<>(List.of("meeting"));
		for (SafeLivesIndicator indicator : SafeLivesIndicator.values()) {
			headers.add(indicator.column());
			if (indicator.shareOfCases()) {
				headers.add(indicator.column() + "-percent");
			}
		}
		headers.add("cases-per-10000-adult-females-12-months");
		List<PublishedTable.Row> rows = new ArrayList<>();
		data.meetings().forEach(meeting -> rows.add(csvRow(meeting.heldOn().toString(), meeting::count, "")));
		BigDecimal per10k = data.per10k();
		rows.add(csvRow(TOTAL, data::total, per10k == null ? "" : per10k.toPlainString()));
		return new PublishedTable(caption(data), headers, rows, false, false);
	}

	private static String caption(MaracReturn data) {
		return "SafeLives MARAC data return: " + data.area().name() + " (" + data.area().code() + "), "
				+ data.quarter().label();
	}

	private static PublishedTable.Row csvRow(String label, ToLongFunction<SafeLivesIndicator> count, String per10k) {
		List<String> cells = new ArrayList<>();
		long cases = count.applyAsLong(SafeLivesIndicator.CASES);
		for (SafeLivesIndicator indicator : SafeLivesIndicator.values()) {
			long value = count.applyAsLong(indicator);
			cells.add(String.valueOf(value));
			if (indicator.shareOfCases()) {
				BigDecimal percent = MaracReturn.percent(value, cases);
				cells.add(percent == null ? "" : percent.toPlainString());
			}
		}
		cells.add(per10k);
		return new PublishedTable.Row(label, cells, TOTAL.equals(label));
	}

	private static String pageCell(SafeLivesIndicator indicator, ToLongFunction<SafeLivesIndicator> count) {
		long value = count.applyAsLong(indicator);
		String number = PublishedTable.number(value);
		BigDecimal percent = indicator.shareOfCases()
				? MaracReturn.percent(value, count.applyAsLong(SafeLivesIndicator.CASES)) : null;
		return percent == null ? number : number + " (" + percent.toPlainString() + "%)";
	}

	private static String recommended(SafeLivesIndicator indicator, MaracReturn data) {
		@Nullable BigDecimal local = data.minoritisedShare();
		if (indicator == SafeLivesIndicator.MINORITISED && local != null) {
			return indicator.recommended() + ": " + local.stripTrailingZeros().toPlainString() + "% of adults here";
		}
		return indicator.recommended();
	}

}
