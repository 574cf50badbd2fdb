package tandem.alerts;

import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import tandem.Fixtures.AreaFixture;
import tandem.agency.Actor;
import tandem.cases.CaseFixtures;
import tandem.cases.CaseRegister.RegisteredCase;
import tandem.web.Accessibility;
import tandem.web.BrowserTestSupport;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The alert list (empty, with an alert, with an error, acknowledged) and the home page's part, with axe-core. */
@Import({ CaseFixtures.class, AlertScenario.class })
class AlertPagesBrowserTest extends BrowserTestSupport {

	@Autowired
	CaseFixtures cases;

	@Autowired
	AlertScenario scenario;

	@Test
	void aCoordinatorWithoutAlertsIsToldSo() {
		signIn(this.scenario.coordinator(this.fixtures, this.fixtures.area()));

		open("/alerts");
		assertThat(this.page.locator("h1")).hasText("Alerts");
		assertThat(this.page.getByText("You have no open alerts")).isVisible();
		Accessibility.check(this.page, "alert list, empty");
	}

	@Test
	void aCoordinatorSeesTheirAlertOnTheHomePageAndAcknowledgesIt() {
		AreaFixture north = this.fixtures.area();
		AreaFixture south = this.fixtures.area();
		Actor coordinator = this.scenario.coordinator(this.fixtures, north);
		this.scenario.coordinator(this.fixtures, south);
		UUID perpetrator = this.cases.aPerson().create();
		RegisteredCase own = this.scenario.open(north, this.cases.aPerson().create(), perpetrator);
		this.scenario.open(south, this.cases.aPerson().create(), perpetrator);
		signIn(coordinator);

		open("/");
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Alerts").setExact(true)))
			.isVisible();
		assertThat(this.page.getByText(own.reference()).first()).isVisible();
		Accessibility.check(this.page, "home page with an alert");

		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("See and acknowledge your alerts")).click();
		assertThat(this.page.getByText("Test area " + south.code())).isVisible();
		assertThat(this.page.locator(".govuk-notification-banner")).hasCount(0);
		Accessibility.check(this.page, "alert list, one alert");

		this.page.getByLabel("Note (optional)").fill("x".repeat(AlertAcknowledgement.NOTE_MAX + 1));
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Acknowledge alert")).click();
		assertThat(this.page).hasTitle(java.util.regex.Pattern.compile("^Error: "));
		assertThat(this.page.locator(".govuk-error-summary")).containsText("characters or fewer");
		Accessibility.check(this.page, "alert list, note too long");

		this.page.getByLabel("Note (optional)").fill("Spoke to their coordinator");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Acknowledge alert")).click();
		assertThat(this.page.locator(".govuk-notification-banner")).containsText("Alert acknowledged");
		assertThat(this.page.getByText("You have no open alerts")).isVisible();
		Accessibility.check(this.page, "alert list, acknowledged");
	}

}
