package tandem.reporting;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportPeriodTest {

	@Test
	void quartersAreCalendarQuartersNamedByTheirMonths() {
		Quarter quarter = Quarter.of(LocalDate.of(2026, 11, 22));
		assertThat(quarter).isEqualTo(new Quarter(2026, 4));
		assertThat(quarter.label()).isEqualTo("October to December 2026");
		assertThat(quarter.shortLabel()).isEqualTo("Oct–Dec 2026");
		assertThat(quarter.plus(1)).isEqualTo(new Quarter(2027, 1));
		assertThat(quarter.plus(-4)).isEqualTo(new Quarter(2025, 4));
		assertThat(quarter.end()).isEqualTo(LocalDate.of(2027, 1, 1));
	}

	@Test
	void aPeriodFromALinkMustRunForwardsForAtMostFiveYears() {
		assertThat(ReportPeriod.parse("2025-Q1", "2025-Q2")).isPresent();
		assertThat(ReportPeriod.parse("2025-Q2", "2025-Q1")).isEmpty();
		assertThat(ReportPeriod.parse("2021-Q1", "2025-Q4")).isPresent();
		assertThat(ReportPeriod.parse("2021-Q1", "2026-Q1")).as("21 quarters").isEmpty();
		assertThat(ReportPeriod.parse("2025-Q5", "2025-Q4")).isEmpty();
		assertThat(ReportPeriod.parse("x", "2025-Q4")).isEmpty();
	}

	@Test
	void thePreviousPeriodHasTheSameLength() {
		ReportPeriod period = ReportPeriod.parse("2025-Q1", "2025-Q2").orElseThrow();
		assertThat(period.previous()).isEqualTo(new ReportPeriod(new Quarter(2024, 3), new Quarter(2024, 4)));
		assertThat(period.label()).isEqualTo("January to March 2025 to April to June 2025");
	}

}
