package tandem.reporting;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MonthRunTest {

	@Test
	void consecutiveMonthsInAnyOrderMakeOneRunAndAGapStartsAnother() {
		assertThat(MonthRun.of(List.of(month(2025, 3), month(2025, 1), month(2025, 2), month(2025, 2), month(2025, 6))))
			.containsExactly(new MonthRun(month(2025, 1), month(2025, 4)), new MonthRun(month(2025, 6), month(2025, 7)));
	}

	@Test
	void aRunCrossesTheYearAndNoMonthsMakeNoRun() {
		assertThat(MonthRun.of(List.of(month(2024, 12), month(2025, 1))))
			.containsExactly(new MonthRun(month(2024, 12), month(2025, 2)));
		assertThat(MonthRun.of(List.of())).isEmpty();
	}

	private static LocalDate month(int year, int month) {
		return LocalDate.of(year, month, 1);
	}

}
