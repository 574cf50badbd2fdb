package tandem.directory;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import tandem.Fixtures.AreaFixture;
import tandem.agency.AgencyRef;
import tandem.agency.Role;
import tandem.web.Accessibility;
import tandem.web.BrowserTestSupport;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static tandem.web.ErrorSummaryChecks.assertFieldError;

/** A service manager adds a service: the form empty, with errors, and then the new service, with axe on each. */
class DirectoryServiceFormBrowserTest extends BrowserTestSupport {

	@Test
	void aServiceManagerAddsAServiceAfterCorrectingTheForm() {
		AreaFixture area = this.fixtures.area();
		AgencyRef provider = this.fixtures.agency(area, "specialist-domestic-abuse");
		signIn(this.fixtures.user(provider, Role.SERVICE_MANAGER));
		open("/directory");
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a service")).click();
		assertThat(this.page.locator("h1")).hasText("Add a service");
		Accessibility.check(this.page, "new directory service");

		this.page.getByLabel("Name of the service").fill("Beacon outreach");
		this.page.getByLabel("Youngest age accepted").fill("40");
		this.page.getByLabel("Oldest age accepted").fill("18");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the service")).click();
		assertFieldError(this.page, "kind", "Select the type of service");
		assertFieldError(this.page, "areas", "Select at least one area the service covers");
		assertFieldError(this.page, "maxAge", "Oldest age must be the same as or more than the youngest age");
		assertThat(this.page.getByLabel("Name of the service")).hasValue("Beacon outreach");
		Accessibility.check(this.page, "new directory service with errors");

		this.page.getByLabel("Type of service").selectOption("OUTREACH");
		this.page.getByLabel("Description").fill("Support at home and in the community");
		this.page.getByLabel("Test area " + area.code()).check();
		this.page.getByLabel("Oldest age accepted").fill("");
		this.page.getByLabel("How to refer").fill("Through Tandem");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the service")).click();
		assertThat(this.page.locator(".govuk-notification-banner")).containsText("Service added to the directory");
		assertThat(this.page.locator("h1")).hasText("Beacon outreach");
		Accessibility.check(this.page, "new directory service added");
	}

}
