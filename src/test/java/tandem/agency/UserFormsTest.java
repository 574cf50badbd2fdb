package tandem.agency;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class UserFormsTest {

	private static final String AGENCY = UUID.randomUUID().toString();

	private static final String PASSWORD = "twelve chars";

	@Test
	void acceptsACompleteUser() {
		UserForm form = new UserForm("j.smith@north", "Jo Smith", "", AGENCY, List.of("REFERRER", "CHAIR"), PASSWORD);
		assertThat(form.validate().any()).isFalse();
		assertThat(form.chosenRoles()).containsExactly(Role.REFERRER, Role.CHAIR);
	}

	@ParameterizedTest
	@ValueSource(strings = { "jo", "jo smith", "jo/smith", "jjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjj" })
	void refusesUsernamesThatAreTooShortTooLongOrHaveOddCharacters(String username) {
		FormErrors errors = new UserForm(username, "Jo", "", AGENCY, List.of("REFERRER"), PASSWORD).validate();
		assertThat(errors.asMap().keySet()).containsExactly("username");
	}

	@Test
	void aPasswordHasAtLeastTwelveCharactersAndKeepsItsSpaces() {
		assertThat(new PasswordForm("eleven char").validate().of("password"))
			.isEqualTo("The password must be at least 12 characters");
		assertThat(new PasswordForm("x".repeat(UserRules.PASSWORD_MAX + 1)).validate().of("password"))
			.isEqualTo("The password must be 128 characters or fewer");
		assertThat(new PasswordForm(null).validate().of("password")).isEqualTo("Enter a password");
		assertThat(new PasswordForm(" twelve char ").password()).isEqualTo(" twelve char ");
		assertThat(new PasswordForm(" twelve char ").toString()).doesNotContain("twelve");
		assertThat(new UserForm("jo", "Jo", "", AGENCY, List.of(), "secret words here").toString()).doesNotContain("secret");
	}

	@Test
	void saysWhatIsWrongWithTheDetails() {
		FormErrors errors = new UserChangeForm("", "jo at example", "", List.of("ROOT"), 0).validate();
		assertThat(errors.of("displayName")).isEqualTo("Enter the user’s name");
		assertThat(errors.of("email")).isEqualTo("Enter an email address in the correct format, like name@example.com");
		assertThat(errors.of("agency")).isEqualTo("Select the user’s agency");
		assertThat(errors.of("roles")).isEqualTo("Select at least one role");
		assertThat(new UserChangeForm("Jo", "", AGENCY, null, 0).validate().of("roles")).isEqualTo("Select at least one role");
	}

	@Test
	void theChangeFormStartsFromTheUsersDetails() {
		UserSummary user = new UserSummary(UUID.randomUUID(), "jo", "Jo", null, UUID.fromString(AGENCY), "Police",
				"north-police", Set.of(Role.CHAIR), true, 0, null, false, 4);
		UserChangeForm form = UserChangeForm.of(user);
		assertThat(form).isEqualTo(new UserChangeForm("Jo", "", AGENCY, List.of("CHAIR"), 4));
		assertThat(form.withVersion(5).version()).isEqualTo(5);
	}

}
