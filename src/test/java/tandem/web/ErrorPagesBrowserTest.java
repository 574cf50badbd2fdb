package tandem.web;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import tandem.agency.Actor;
import tandem.agency.Role;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class ErrorPagesBrowserTest extends BrowserTestSupport {

	@Test
	void anUnknownAddressSaysThePageWasNotFound() {
		signIn(referrer());

		Response response = open("/no-such-page");

		assertThat(response.status()).isEqualTo(404);
		assertThat(this.page).hasTitle("Page not found – Tandem");
		assertThat(this.page.getByRole(AriaRole.HEADING, level1())).hasText("Page not found");
		assertThat(this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Go to the home page")))
			.hasAttribute("href", "/");
		Accessibility.check(this.page, "page not found");
	}

	@Test
	void anExpiredFormSaysYouCannotDoThisAndChangesNothing() {
		Actor user = referrer();
		signIn(user);
		// A form whose CSRF token no longer matches the session, as after a time-out in another tab.
		this.page.locator("form[action='/sign-out'] input[name='_csrf']").evaluate("input => input.value = 'expired'");

		Response response = this.page.waitForResponse(candidate -> candidate.url().endsWith("/sign-out"),
				() -> this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click());

		assertThat(response.status()).isEqualTo(403);
		assertThat(this.page).hasTitle("You cannot do this – Tandem");
		assertThat(this.page.getByRole(AriaRole.HEADING, level1())).hasText("You cannot do this");
		Accessibility.check(this.page, "you cannot do this");
		open("/");
		assertThat(this.page.getByRole(AriaRole.HEADING, level1())).hasText("Hello, " + user.name());
	}

	private Actor referrer() {
		return this.fixtures.user(this.fixtures.agency(this.fixtures.area(), "probation"), Role.REFERRER);
	}

	private static Page.GetByRoleOptions level1() {
		return new Page.GetByRoleOptions().setLevel(1);
	}

}
