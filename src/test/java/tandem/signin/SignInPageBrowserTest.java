package tandem.signin;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tandem.Fixtures;
import tandem.agency.Actor;
import tandem.agency.Role;
import tandem.web.Accessibility;
import tandem.web.BrowserTestSupport;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class SignInPageBrowserTest extends BrowserTestSupport {

	@Autowired
	JdbcClient jdbc;

	@Test
	void theEmptySignInPageAsksForUsernameAndPassword() {
		open("/sign-in");

		assertThat(this.page).hasTitle("Sign in – Tandem");
		assertThat(heading(this.page)).hasText("Sign in to Tandem");
		assertThat(this.page.getByLabel("Username")).isEmpty();
		assertThat(this.page.locator(".govuk-error-summary")).hasCount(0);
		Accessibility.check(this.page, "sign-in empty");
	}

	@Test
	void aWrongPasswordShowsTheErrorSummaryAndLeadsToTheField() {
		Actor user = referrer();

		signInWith(this.page, user.name(), "not the password");

		assertThat(this.page).hasURL(origin() + "/sign-in?error");
		assertThat(this.page).hasTitle("Error: Sign in – Tandem");
		Locator summary = this.page.locator(".govuk-error-summary");
		assertThat(summary).containsText("There is a problem");
		assertThat(summary).isFocused();
		assertThat(this.page.locator("#username-error")).hasText("Error: Enter a correct username and password");
		assertThat(this.page.getByLabel("Username")).hasAttribute("aria-describedby", "username-error");
		Accessibility.check(this.page, "sign-in wrong password");

		summary.getByRole(AriaRole.LINK).click();
		assertThat(this.page.getByLabel("Username")).isFocused();
	}

	@Test
	void signingOutSaysSo() {
		signIn(referrer());

		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();

		assertThat(this.page).hasURL(origin() + "/sign-in?signed-out");
		assertThat(this.page.locator(".govuk-notification-banner--success")).containsText("You have signed out.");
		Accessibility.check(this.page, "sign-in signed out");
		open("/");
		assertThat(this.page).hasURL(origin() + "/sign-in");
	}

	@Test
	void anExpiredSessionSaysTheUserWasSignedOut() {
		Actor user = referrer();
		signIn(user);
		// Let home's scripts finish loading first: a script fetched with the deleted session would be redirected too.
		this.page.waitForLoadState(LoadState.NETWORKIDLE);

		// What the idle time-out does, without waiting 15 minutes for it.
		this.jdbc.sql("delete from spring_session where principal_name = :id").param("id", user.id()).update();
		open("/");

		assertThat(this.page).hasURL(origin() + "/sign-in?timed-out");
		assertThat(this.page.locator(".govuk-notification-banner")).containsText("You were signed out because");
		Accessibility.check(this.page, "sign-in timed out");
	}

	@Test
	void signingInWorksWithoutJavaScript() {
		Actor user = referrer();
		Page noScript = newPage(options -> options.setJavaScriptEnabled(false));

		signInWith(noScript, user.name(), "not the password");
		assertThat(noScript).hasTitle("Error: Sign in – Tandem");
		assertThat(noScript.locator(".govuk-error-summary a")).hasAttribute("href", "#username");
		Accessibility.check(noScript, "sign-in wrong password without JavaScript");

		signInWith(noScript, user.name(), Fixtures.PASSWORD);
		assertThat(noScript).hasURL(origin() + "/");
		assertThat(heading(noScript)).hasText("Hello, " + user.name());
		Accessibility.check(noScript, "home without JavaScript");

		noScript.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
		assertThat(noScript).hasURL(origin() + "/sign-in?signed-out");
	}

	private Actor referrer() {
		return this.fixtures.user(this.fixtures.agency(this.fixtures.area(), "police"), Role.REFERRER);
	}

	private static void signInWith(Page page, String username, String password) {
		page.navigate("/sign-in");
		page.getByLabel("Username").fill(username);
		page.getByLabel("Password").fill(password);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
	}

	private static Locator heading(Page page) {
		return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
	}

}
