package tandem.triage;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WaitingTest {

	@Test
	void saysHowLongInTheLargestUnitsThatMatter() {
		assertThat(Waiting.describe(Duration.ofMinutes(1))).isEqualTo("1 minute");
		assertThat(Waiting.describe(Duration.ofMinutes(59))).isEqualTo("59 minutes");
		assertThat(Waiting.describe(Duration.ofMinutes(61))).isEqualTo("1 hour");
		assertThat(Waiting.describe(Duration.ofHours(49))).isEqualTo("2 days 1 hour");
		assertThat(Waiting.describe(Duration.ofDays(3))).isEqualTo("3 days");
	}

	@Test
	void aClockThatMovedBackwardsIsNoWait() {
		assertThat(Waiting.describe(Duration.ofMinutes(-5))).isEqualTo("0 minutes");
	}

}
