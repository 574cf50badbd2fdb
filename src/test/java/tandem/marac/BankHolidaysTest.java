package tandem.marac;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class BankHolidaysTest {

	@Test
	void englandAndWales2026() {
		assertThat(BankHolidays.of(HolidayCalendar.ENGLAND_AND_WALES, 2026)).containsExactly(LocalDate.of(2026, 1, 1),
				LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 25),
				LocalDate.of(2026, 8, 31), LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28));
	}

	@Test
	void scotland2026HasTheSecondOfJanuaryStAndrewsDayAndAnAugustHolidayAtTheStart() {
		assertThat(BankHolidays.of(HolidayCalendar.SCOTLAND, 2026)).containsExactly(LocalDate.of(2026, 1, 1),
				LocalDate.of(2026, 1, 2), LocalDate.of(2026, 4, 3), LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 25),
				LocalDate.of(2026, 8, 3), LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 25),
				LocalDate.of(2026, 12, 28));
	}

	@Test
	void twentyTwentyTwoHasTheJubileeTheMovedSpringHolidayAndTheQueensFuneral() {
		assertThat(BankHolidays.of(HolidayCalendar.ENGLAND_AND_WALES, 2022)).containsExactly(LocalDate.of(2022, 1, 3),
				LocalDate.of(2022, 4, 15), LocalDate.of(2022, 4, 18), LocalDate.of(2022, 5, 2), LocalDate.of(2022, 6, 2),
				LocalDate.of(2022, 6, 3), LocalDate.of(2022, 8, 29), LocalDate.of(2022, 9, 19),
				LocalDate.of(2022, 12, 26), LocalDate.of(2022, 12, 27));
		// New Year on a Saturday: Scotland observes both days on Monday 3rd and Tuesday 4th.
		assertThat(BankHolidays.of(HolidayCalendar.SCOTLAND, 2022)).contains(LocalDate.of(2022, 1, 3),
				LocalDate.of(2022, 1, 4), LocalDate.of(2022, 8, 1), LocalDate.of(2022, 9, 19), LocalDate.of(2022, 11, 30))
			.doesNotContain(LocalDate.of(2022, 5, 30), LocalDate.of(2022, 4, 18), LocalDate.of(2022, 8, 29));
	}

	@ParameterizedTest
	@CsvSource({ "2023-05-08, true", "2023-05-01, true", "2020-05-08, true", "2020-05-04, false",
			"2021-12-27, true", "2021-12-28, true", "2027-12-27, true", "2027-12-28, true", "2011-04-29, true" })
	void oneOffsAndSubstituteDays(LocalDate day, boolean holiday) {
		assertThat(BankHolidays.isBankHoliday(HolidayCalendar.ENGLAND_AND_WALES, day)).isEqualTo(holiday);
	}

	@ParameterizedTest
	@CsvSource({ "2019, 2019-04-21", "2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05", "2038, 2038-04-25" })
	void easter(int year, LocalDate sunday) {
		assertThat(BankHolidays.easterSunday(year)).isEqualTo(sunday);
	}

}
