package tandem.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A rate in each span, with the two counts it is made from, so every reader can check it. */
record RateSeries(String title, String unit, List<String> columnLabels, List<Rate> rates, String numeratorLabel,
		String denominatorLabel) {

	/** @param value null when the denominator is zero or not known */
	record Rate(long numerator, long denominator, @Nullable BigDecimal value) {

		static Rate of(long numerator, long denominator, int multiplier) {
			BigDecimal value = denominator <= 0 ? null
					: BigDecimal.valueOf(numerator)
						.multiply(BigDecimal.valueOf(multiplier))
						.divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
			return new Rate(numerator, denominator, value);
		}

	}

	RateSeries {
		columnLabels = List.copyOf(columnLabels);
		rates = List.copyOf(rates);
	}

	/**
	 * @param suppressBelow for publication: a rate made from a count from 1 to this minus one is hidden with it; null
	 * shows everything
	 */
	PublishedTable publish(@Nullable Integer suppressBelow) {
		List<String> headers = new ArrayList<>();
		headers.add("Figure");
		headers.addAll(this.columnLabels);
		List<String> values = new ArrayList<>();
		List<String> numerators = new ArrayList<>();
		List<String> denominators = new ArrayList<>();
		boolean anyHidden = false;
		for (Rate rate : this.rates) {
			boolean hidden = suppressBelow != null && (small(rate.numerator(), suppressBelow)
					|| small(rate.denominator(), suppressBelow));
			anyHidden |= hidden;
			values.add(hidden ? PublishedTable.HIDDEN : rate.value() == null ? "No rate" : rate.value().toPlainString());
			numerators.add(hidden && small(rate.numerator(), suppressBelow) ? PublishedTable.HIDDEN
					: PublishedTable.number(rate.numerator()));
			denominators.add(hidden && small(rate.denominator(), suppressBelow) ? PublishedTable.HIDDEN
					: PublishedTable.number(rate.denominator()));
		}
		List<PublishedTable.Row> rows = List.of(new PublishedTable.Row(this.unit, values, true),
				new PublishedTable.Row(this.numeratorLabel, numerators, false),
				new PublishedTable.Row(this.denominatorLabel, denominators, false));
		return new PublishedTable(this.title, headers, rows, suppressBelow != null, anyHidden);
	}

	static boolean small(long count, Integer below) {
		return count > 0 && count < below;
	}

}
