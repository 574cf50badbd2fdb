package tandem.agency;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class AreaFormTest {

	@ParameterizedTest
	@ValueSource(strings = { "north", "north-2", "ab", "a123456789012345678901234567890123456789" })
	void acceptsLowerCaseCodesStartingWithALetter(String code) {
		assertThat(new AreaForm(code, "North").validate().any()).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "North", "2north", "-north", "no rth", "n", "north_east", "a12345678901234567890123456789012345678901" })
	void refusesOtherCodes(String code) {
		assertThat(new AreaForm(code, "North").validate().of("code")).startsWith("The area code must start with a letter");
	}

	@Test
	void saysWhatIsMissingFieldByFieldAndTrimsWhatItKeeps() {
		FormErrors errors = new AreaForm(null, "  ").validate();
		assertThat(errors.asMap()).containsExactly(entry("code", "Enter a code for the area"),
				entry("name", "Enter the area’s name"));
		assertThat(new AreaForm(" north ", " North ")).isEqualTo(new AreaForm("north", "North"));
	}

	@Test
	void theChangeFormNeedsANameAndAYesOrNo() {
		assertThat(new AreaChangeForm("North", "yes", 3).validate().any()).isFalse();
		assertThat(new AreaChangeForm("North", "yes", 3).totp()).isTrue();
		assertThat(new AreaChangeForm("North", "no", 3).totp()).isFalse();
		FormErrors errors = new AreaChangeForm("x".repeat(AreaForm.NAME_MAX + 1), "maybe", 3).validate();
		assertThat(errors.of("name")).isEqualTo("The name must be 100 characters or fewer");
		assertThat(errors.of("totpRequired")).isEqualTo("Select yes if everyone in this area must use a second factor");
	}

}
