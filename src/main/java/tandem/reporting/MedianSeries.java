package tandem.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import tandem.reporting.MonthlyCounts.Count;

/**
 * The median number of days in each span, with how many it is the median of. Read from counts by whole days, so
 * it is exact: half the facts took at most the median, half at least.
 */
record MedianSeries(String title, List<String> columnLabels, List<Median> medians, String countLabel) {

	/** @param days null when nothing was counted */
	record Median(long count, @Nullable BigDecimal days) {

		/** The median of a count of facts for each number of days. */
		static Median of(Map<Long, Long> histogram) {
			TreeMap<Long, Long> sorted = new TreeMap<>(histogram);
			long count = sorted.values().stream().mapToLong(Long::longValue).sum();
			if (count == 0) {
				return new Median(0, null);
			}
			// The middle fact's days (0-based position), or the mean of the two middle ones for an even count.
			long lower = valueAt(sorted, (count - 1) / 2);
			long upper = valueAt(sorted, count / 2);
			return new Median(count,
					BigDecimal.valueOf(lower + upper).divide(BigDecimal.valueOf(2), 1, RoundingMode.UNNECESSARY));
		}

		private static long valueAt(TreeMap<Long, Long> sorted, long position) {
			long seen = 0;
			for (Map.Entry<Long, Long> entry : sorted.entrySet()) {
				seen += entry.getValue();
				if (position < seen) {
					return entry.getKey();
				}
			}
			throw new IllegalStateException("Position beyond the count");
		}

	}

	MedianSeries {
		columnLabels = List.copyOf(columnLabels);
		medians = List.copyOf(medians);
	}

	/** @param days the measure's counts by {@link Breakdown#DAYS}, whose categories are whole days */
	static MedianSeries of(String title, String countLabel, List<Span> spans, List<Count> days) {
		List<Median> medians = new ArrayList<>();
		for (Span span : spans) {
			Map<Long, Long> histogram = new TreeMap<>();
			days.stream()
				.filter(count -> span.contains(count.month()))
				.forEach(count -> histogram.merge(Long.parseLong(count.category()), count.amount(), Long::sum));
			medians.add(Median.of(histogram));
		}
		return new MedianSeries(title, spans.stream().map(Span::label).toList(), medians, countLabel);
	}

	/** @param suppressBelow for publication: a median of a count from 1 to this minus one is hidden with it */
	PublishedTable publish(@Nullable Integer suppressBelow) {
		List<String> headers = new ArrayList<>(List.of("Figure"));
		headers.addAll(this.columnLabels);
		List<String> values = new ArrayList<>();
		List<String> counts = new ArrayList<>();
		boolean anyHidden = false;
		for (Median median : this.medians) {
			boolean hidden = suppressBelow != null && RateSeries.small(median.count(), suppressBelow);
			anyHidden |= hidden;
			values.add(hidden ? PublishedTable.HIDDEN
					: median.days() == null ? "None" : median.days().stripTrailingZeros().toPlainString());
			counts.add(hidden ? PublishedTable.HIDDEN : PublishedTable.number(median.count()));
		}
		return new PublishedTable(this.title, headers, List.of(new PublishedTable.Row("Median days", values, true),
				new PublishedTable.Row(this.countLabel, counts, false)), suppressBelow != null, anyHidden);
	}

}
