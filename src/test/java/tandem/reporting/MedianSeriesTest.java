package tandem.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tandem.reporting.MedianSeries.Median;
import tandem.reporting.MonthlyCounts.Count;

import static org.assertj.core.api.Assertions.assertThat;

class MedianSeriesTest {

	@Test
	void theMiddleValueOfAnOddCountAndTheMeanOfTheTwoMiddleOnesOfAnEvenCount() {
		// 1, 1, 2, 9, 30: the third.
		assertThat(Median.of(Map.of(1L, 2L, 2L, 1L, 9L, 1L, 30L, 1L)).days()).isEqualByComparingTo("2");
		// 1, 2, 9, 30: between 2 and 9.
		assertThat(Median.of(Map.of(1L, 1L, 2L, 1L, 9L, 1L, 30L, 1L)).days()).isEqualByComparingTo("5.5");
		assertThat(Median.of(Map.of(4L, 7L))).isEqualTo(new Median(7, new BigDecimal("4.0")));
		assertThat(Median.of(Map.of())).isEqualTo(new Median(0, null));
	}

	@Test
	void eachSpanTakesItsOwnMonthsAndPublicationHidesAMedianOfFewerThanTheThreshold() {
		List<Count> days = List.of(count("3", 2025, 1, 4), count("10", 2025, 2, 1), count("0", 2025, 4, 6),
				count("2", 2025, 5, 5));
		MedianSeries series = MedianSeries.of("Days", "Cases", List.of(Span.of(new Quarter(2025, 1)),
				Span.of(new Quarter(2025, 2)), Span.of(new Quarter(2025, 3))), days);

		assertThat(series.publish(null).rows().get(0).values()).containsExactly("3", "0", "None");
		assertThat(series.publish(null).rows().get(1).values()).containsExactly("5", "11", "0");
		PublishedTable published = series.publish(6);
		assertThat(published.rows().get(0).values()).containsExactly("[c]", "0", "None");
		assertThat(published.rows().get(1).values()).containsExactly("[c]", "11", "0");
		assertThat(published.anyHidden()).isTrue();
	}

	private static Count count(String days, int year, int month, long amount) {
		return new Count(null, days, LocalDate.of(year, month, 1), amount);
	}

}
