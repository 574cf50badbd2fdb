package tandem.web;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import tandem.agency.Actor;
import tandem.agency.Role;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** What every page shares: the generic GOV.UK header, the classification banner, navigation, footer and skip link. */
class LayoutBrowserTest extends BrowserTestSupport {

	@Test
	void signingInLandsOnHomeWithAMenuForTheUsersRoles() {
		Actor user = user(Role.REFERRER);

		signIn(user);

		assertThat(this.page).hasTitle("Home – Tandem");
		assertThat(heading(this.page)).hasText("Hello, " + user.name());
		assertThat(menu(this.page).getByRole(AriaRole.LINK, name("Home"))).hasAttribute("href", "/");
		assertThat(menu(this.page).getByRole(AriaRole.BUTTON, name("Sign out"))).isVisible();
		assertThat(menu(this.page).getByRole(AriaRole.LINK, name("Administration"))).hasCount(0);
		Accessibility.check(this.page, "home");
	}

	@Test
	void administratorsFindAdministrationInTheMenu() {
		signIn(user(Role.ADMINISTRATOR));

		assertThat(menu(this.page).getByRole(AriaRole.LINK, name("Administration"))).hasAttribute("href", "/admin");
		Accessibility.check(this.page, "home administrator");
	}

	@Test
	void looksLikeAGovukServiceThatIsNotOnGovuk() {
		List<String> requested = new ArrayList<>();
		this.page.onRequest(request -> requested.add(request.url()));

		open("/sign-in");

		Locator header = this.page.locator("header.govuk-header");
		assertThat(header.getByRole(AriaRole.LINK, name("Tandem"))).hasAttribute("href", "/");
		assertThat(header.locator("svg")).hasCount(0);
		assertThat(header).not().containsText("GOV.UK");
		assertThat(this.page.locator(".govuk-phase-banner .govuk-tag")).hasText("OFFICIAL-SENSITIVE");
		assertThat(this.page.locator("footer.govuk-footer")).isVisible();
		assertThat(requested).anyMatch(url -> url.endsWith("/assets/govuk-frontend.min.css"))
			.noneMatch(url -> url.contains("/assets/fonts/"));
		assertThat(this.page.evaluate("() => document.fonts.size")).as("web fonts declared").isEqualTo(0);
		assertThat((String) this.page.evaluate("() => getComputedStyle(document.body).fontFamily"))
			.doesNotContain("GDS Transport")
			.startsWith("arial");
	}

	@Test
	void theSkipLinkTakesKeyboardUsersPastTheHeader() {
		open("/sign-in");

		this.page.keyboard().press("Tab");
		Locator skipLink = this.page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Skip to main content"));
		assertThat(skipLink).isFocused();
		assertThat(skipLink.boundingBox().width).as("width of the focused skip link").isGreaterThan(100);
		Accessibility.check(this.page, "skip link focused");

		this.page.keyboard().press("Enter");
		assertThat(this.page).hasURL(origin() + "/sign-in#main-content");
		this.page.keyboard().press("Tab");
		assertThat(this.page.getByLabel("Username")).isFocused();
	}

	@Test
	void fitsANarrowPhoneScreenWithoutScrollingSideways() {
		Page phone = newPage(options -> options.setViewportSize(320, 640));

		phone.navigate("/sign-in?error");
		assertNoSidewaysScrolling(phone);
		Accessibility.check(phone, "sign-in wrong password at 320px");

		signIn(phone, user(Role.ADMINISTRATOR));
		assertNoSidewaysScrolling(phone);
		Locator signOut = menu(phone).getByRole(AriaRole.BUTTON, name("Sign out"));
		assertThat(signOut).isHidden();
		Accessibility.check(phone, "home at 320px");

		phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Menu")).click();
		assertThat(signOut).isVisible();
		assertNoSidewaysScrolling(phone);
		Accessibility.check(phone, "home at 320px with the menu open");

		phone.navigate("/no-such-page");
		assertNoSidewaysScrolling(phone);
		Accessibility.check(phone, "page not found at 320px");
	}

	private Actor user(Role role) {
		return this.fixtures.user(this.fixtures.agency(this.fixtures.area(), "council"), role);
	}

	private static void assertNoSidewaysScrolling(Page page) {
		assertThat(page.evaluate("() => document.documentElement.scrollWidth"))
			.as("page width at 320px on %s", page.url())
			.isEqualTo(320);
	}

	private static Locator menu(Page page) {
		return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Menu"));
	}

	private static Locator heading(Page page) {
		return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
	}

	private static Locator.GetByRoleOptions name(String name) {
		return new Locator.GetByRoleOptions().setName(name).setExact(true);
	}

}
