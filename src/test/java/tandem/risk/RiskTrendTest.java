package tandem.risk;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RiskTrendTest {

	@Test
	void comparesTheLatestAssessmentWithTheFirst() {
		assertThat(RiskTrend.of(List.of(entry(RiskLevel.HIGH)))).isEqualTo(RiskTrend.SINGLE);
		assertThat(RiskTrend.of(List.of(entry(RiskLevel.MEDIUM), entry(RiskLevel.STANDARD), entry(RiskLevel.HIGH))))
			.isEqualTo(RiskTrend.RISING);
		assertThat(RiskTrend.of(List.of(entry(RiskLevel.HIGH), entry(RiskLevel.MEDIUM)))).isEqualTo(RiskTrend.FALLING);
		assertThat(RiskTrend.of(List.of(entry(RiskLevel.HIGH), entry(RiskLevel.HIGH)))).isEqualTo(RiskTrend.UNCHANGED);
	}

	private static RiskHistory.Entry entry(RiskLevel level) {
		return new RiskHistory.Entry(LocalDate.of(2026, 1, 1), "Police", RiskHistory.DASH_TOOL, RiskHistory.DASH_VERSION,
				10, 24, false, false, false, false, level, List.of());
	}

}
