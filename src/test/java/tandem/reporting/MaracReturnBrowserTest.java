package tandem.reporting;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import tandem.agency.Actor;
import tandem.agency.Role;
import tandem.reporting.HandCheckedReferrals.DataSet;
import tandem.web.Accessibility;
import tandem.web.BrowserTestSupport;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The SafeLives MARAC return in Chromium, with axe-core on each state: chosen from the dashboard, and with an error. */
@Import({ HandCheckedReferrals.class, HandCheckedMeetings.class })
class MaracReturnBrowserTest extends BrowserTestSupport {

	@Autowired
	HandCheckedMeetings handChecked;

	@Test
	void theCoordinatorChoosesAnAreaAndQuarterAndReadsTheReturnBesideSafeLivesValues() {
		DataSet data = this.handChecked.create();
		signIn(this.fixtures.user(data.agencies().get("idva"), Role.COORDINATOR));

		open("/reports");
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("SafeLives MARAC data return")).click();
		assertThat(this.page.locator("h1")).hasText("SafeLives MARAC data return");
		Accessibility.check(this.page, "safelives return without an area");

		this.page.selectOption("#area", data.area().code());
		this.page.selectOption("#quarter", "2025-Q1");
		this.page.getByText("Show return").click();
		assertThat(this.page.locator("table")).containsText("Meeting 24 Mar 2025");
		assertThat(this.page.locator("table")).containsText("40 (expected level)");
		assertThat(this.page.locator("body")).containsText("4 meetings held in January to March 2025");
		Accessibility.check(this.page, "safelives return for a quarter");

		open("/reports/safelives?area=" + data.area().code() + "&quarter=later");
		assertThat(this.page.locator(".govuk-error-summary")).containsText(MaracReturnController.QUARTER_ERROR);
		Accessibility.check(this.page, "safelives return with a quarter error");
	}

	@Test
	void anAnalystSeesTheReturnToo() {
		DataSet data = this.handChecked.create();
		Actor analyst = this.fixtures.user(data.agencies().get("housing"), Role.ANALYST);
		signIn(analyst);
		open("/reports/safelives?area=" + data.area().code() + "&quarter=2025-Q1");
		assertThat(this.page.locator("table")).containsText("Quarter total");
		assertThat(this.page.getByText("Download the return as CSV")).isVisible();
	}

}
