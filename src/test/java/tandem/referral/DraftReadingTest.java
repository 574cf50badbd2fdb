package tandem.referral;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class DraftReadingTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	@ParameterizedTest
	@CsvSource(nullValues = "-", value = {
		"2, 4, 1990, 1990-04-02, -",
		"' 2 ', 04, 1990, 1990-04-02, -",
		"31, 2, 2020, -, Date of birth must be a real date",
		"29, 2, 2024, 2024-02-29, -",
		"29, 2, 2023, -, Date of birth must be a real date",
		"1, 13, 1990, -, Date of birth must be a real date",
		"a, 1, 1990, -, Date of birth must be a real date",
		"-, 1, 1990, -, Date of birth must include a day",
		"1, -, 1990, -, Date of birth must include a month",
		"1, 1, -, -, Date of birth must include a year",
		"1, 1, 90, -, Year must include 4 numbers",
		"22, 11, 2026, -, Date of birth must be in the past",
		"21, 11, 2026, 2026-11-21, -",
		"1, 1, 2999, -, Date of birth must be in the past",
		"-, -, -, -, -" })
	void readsADateTypedAsThreeBoxes(String day, String month, String year, String expected, String problem) {
		Map<String, String> answers = new HashMap<>();
		put(answers, "victim-dateOfBirth-day", day);
		put(answers, "victim-dateOfBirth-month", month);
		put(answers, "victim-dateOfBirth-year", year);

		DraftReading.Reading reading = DraftReading.read(answers, TODAY);

		assertThat(reading.request().victim().dateOfBirth()).isEqualTo(expected);
		if (problem == null) {
			assertThat(reading.problems()).isEmpty();
		}
		else {
			assertThat(reading.problems()).containsExactly(new FieldProblem("victim-dateOfBirth", problem));
		}
	}

	@ParameterizedTest
	@CsvSource(nullValues = "-", value = { "3, 3, -", "' 0 ', 0, -", "-, -, -",
		"lots, -, 'Police call-outs must be a whole number, like 2'",
		"99999999999, -, 'Police call-outs must be a whole number, like 2'" })
	void readsCallOuts(String typed, Integer expected, String problem) {
		Map<String, String> answers = new HashMap<>();
		put(answers, "policeCalloutsLast12Months", typed);

		DraftReading.Reading reading = DraftReading.read(answers, TODAY);

		assertThat(reading.request().policeCalloutsLast12Months()).isEqualTo(expected);
		assertThat(reading.problems()).extracting(FieldProblem::message)
			.containsExactlyElementsOf(problem == null ? java.util.List.of() : java.util.List.of(problem));
	}

	@ParameterizedTest
	@CsvSource({ "perpetrators[0].givenName, perpetrators-0-givenName", "victim.phone.safeToCall, victim-phone-safeToCall",
		"dash.answers.q12, dash-answers-q12", "area, area" })
	void namesThePageFieldOfAValidatorPath(String path, String field) {
		assertThat(DraftReading.fieldId(path)).isEqualTo(field);
		assertThat(JourneyStep.owning(field)).isPresent();
	}

	private static void put(Map<String, String> answers, String field, String value) {
		if (value != null) {
			answers.put(field, value);
		}
	}

}
