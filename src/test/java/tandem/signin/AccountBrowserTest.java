package tandem.signin;

import java.time.Instant;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import tandem.Fixtures;
import tandem.agency.Actor;
import tandem.agency.Role;
import tandem.web.Accessibility;
import tandem.web.BrowserTestSupport;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static tandem.web.ErrorSummaryChecks.assertFieldError;

/**
 * The account page and the second factor: setting up a security code from the shown setup key, then signing in with
 * it. Codes are computed from the key the page shows, as an authenticator app would.
 */
class AccountBrowserTest extends BrowserTestSupport {

	@Test
	void settingUpASecurityCodeAndSigningInWithIt() {
		Actor user = this.fixtures.user(this.fixtures.agency(this.fixtures.area(), "idva"), Role.CASEWORKER);
		signIn(user);

		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Your account")).click();
		assertThat(heading()).hasText("Your account");
		Locator codeRow = this.page.locator(".govuk-summary-list__row",
				new Page.LocatorOptions().setHasText("Security code"));
		assertThat(codeRow).containsText("Not set up");
		Accessibility.check(this.page, "account without a security code");

		codeRow.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Set up a security code")).click();
		assertThat(heading()).hasText("Set up a security code");
		Locator code = this.page.getByLabel("Security code");
		assertThat(code).isEmpty();
		Accessibility.check(this.page, "set up a security code");
		byte[] secret = Base32.decode(this.page.locator("#setup-key").innerText().replace(" ", ""));

		String wrong = wrongCode(secret);
		code.fill(wrong);
		button("Save security code").click();
		assertFieldError(this.page, "code", "Enter the security code your app shows now");
		assertThat(code).hasValue(wrong);
		Accessibility.check(this.page, "set up a security code with a wrong code");

		code.fill(Totp.code(secret, Totp.stepAt(Instant.now()), Totp.DIGITS));
		button("Save security code").click();
		assertThat(this.page).hasURL(origin() + "/account?code-set-up");
		assertThat(this.page.locator(".govuk-notification-banner--success")).containsText("Your security code is set up");
		assertThat(codeRow).containsText("Set up");
		Accessibility.check(this.page, "account after setting up a security code");

		button("Sign out").click();
		this.page.getByLabel("Username").fill(user.name());
		this.page.getByLabel("Password").fill(Fixtures.PASSWORD);
		button("Sign in").click();
		assertThat(this.page).hasURL(origin() + PendingSignIn.CODE_PAGE);
		assertThat(heading()).hasText("Security code");
		Accessibility.check(this.page, "sign-in security code");

		String wrongAtSignIn = wrongCode(secret);
		code.fill(wrongAtSignIn);
		button("Continue").click();
		assertFieldError(this.page, "code", "Enter a correct security code");
		assertThat(this.page.locator(".govuk-error-summary")).containsText("After 5 failed attempts");
		assertThat(code).hasValue(wrongAtSignIn);
		Accessibility.check(this.page, "sign-in security code wrong");

		// The next step's code: the one that set the code up cannot be used again.
		code.fill(Totp.code(secret, Totp.stepAt(Instant.now()) + 1, Totp.DIGITS));
		button("Continue").click();
		assertThat(this.page).hasURL(origin() + "/");
		assertThat(heading()).hasText("Hello, " + user.name());
	}

	/** Six digits that no step near now accepts. */
	private static String wrongCode(byte[] secret) {
		for (int candidate = 0;; candidate++) {
			String code = "%06d".formatted(candidate);
			if (Totp.matchingStep(secret, code, Instant.now()).isEmpty()) {
				return code;
			}
		}
	}

	private Locator heading() {
		return this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
	}

	private Locator button(String name) {
		return this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

}
