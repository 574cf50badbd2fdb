package tandem.casework;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CaseloadGuideTest {

	@ParameterizedTest
	@CsvSource({ "59, 1.00, BELOW", "60, 1.00, WITHIN", "80, 1.00, WITHIN", "81, 1.00, ABOVE", "29, 0.50, BELOW",
			"30, 0.50, WITHIN", "40, 0.50, WITHIN", "41, 0.50, ABOVE", "36, 0.60, WITHIN", "49, 0.60, ABOVE" })
	void bandsScaleWithTheWorkersHours(long cases, String fte, CaseloadGuide.Band band) {
		assertThat(new CaseloadGuide(cases, new BigDecimal(fte)).band()).isEqualTo(band);
	}

	@Test
	void aPartTimeWorkersGuideIsTheirShareOfSixtyToEighty() {
		CaseloadGuide guide = new CaseloadGuide(0, new BigDecimal("0.6"));
		assertThat(guide.lower()).isEqualTo(36);
		assertThat(guide.upper()).isEqualTo(48);
	}

	@Test
	void hoursMustBeAboveZeroAndAtMostFullTime() {
		assertThatIllegalArgumentException().isThrownBy(() -> new CaseloadGuide(1, BigDecimal.ZERO));
		assertThatIllegalArgumentException().isThrownBy(() -> new CaseloadGuide(1, new BigDecimal("1.01")));
	}

}
