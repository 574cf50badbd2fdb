package tandem.reporting;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import tandem.agency.Actor;
import tandem.agency.Role;
import tandem.reporting.HandCheckedReferrals.DataSet;
import tandem.web.Accessibility;
import tandem.web.BrowserTestSupport;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The reporting pages in Chromium, with axe-core on each state: dashboard, equality, committee report, settings. */
@Import(HandCheckedReferrals.class)
class ReportPagesBrowserTest extends BrowserTestSupport {

	@Autowired
	HandCheckedReferrals handChecked;

	@Autowired
	ReportRefresh refresh;

	@Test
	void theCoordinatorFollowsAFigureFromTheDashboardToItsDefinitionAndCases() {
		DataSet data = this.handChecked.create();
		this.refresh.catchUp();
		Actor coordinator = this.fixtures.user(data.agencies().get("idva"), Role.COORDINATOR);
		signIn(coordinator);

		open("/");
		this.page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
				new com.microsoft.playwright.Page.GetByRoleOptions().setName("Reports")).click();
		assertThat(this.page.locator("h1")).hasText("Partnership dashboard");
		this.page.selectOption("#area", data.area().code());
		this.page.selectOption("#from", "2025-Q1");
		this.page.selectOption("#to", "2025-Q2");
		this.page.getByText("Show figures").click();
		assertThat(this.page.locator("#marac-referrals table")).containsText("Jan–Mar 2025");
		assertThat(this.page.locator("#marac-referrals svg title")).hasText("Referrals meeting the MARAC threshold");
		Accessibility.check(this.page, "reports dashboard");

		this.page.locator("#marac-referrals").getByText("Cases behind this figure").click();
		assertThat(this.page.locator("h1")).containsText("Cases behind");
		assertThat(this.page.locator("table a")).hasCount(5);
		Accessibility.check(this.page, "reports cases behind a figure");

		open("/reports/figures/marac-referrals");
		assertThat(this.page.locator("h1")).hasText("Referrals meeting the MARAC threshold");
		Accessibility.check(this.page, "reports figure definition");

		open("/reports?from=2025-Q3&to=2025-Q1");
		assertThat(this.page.locator(".govuk-error-summary")).containsText(ReportScopes.PERIOD_ERROR);
		Accessibility.check(this.page, "reports dashboard with a period error");
	}

	@Test
	void theAnalystReadsTheEqualityTablesAndTheCommitteeReportAndSetsAPopulation() {
		DataSet data = this.handChecked.create();
		this.refresh.catchUp();
		Actor analyst = this.fixtures.user(data.agencies().get("idva"), Role.ANALYST);
		signIn(analyst);
		String scope = "?area=" + data.area().code() + "&from=2025-Q1&to=2025-Q2";

		open("/reports/equality" + scope);
		assertThat(this.page.locator("h1")).hasText("Equality monitoring");
		assertThat(this.page.locator("body")).containsText("16 to 17");
		Accessibility.check(this.page, "reports equality monitoring");

		open("/reports/committee" + scope);
		assertThat(this.page.locator("h1")).hasText("Committee report");
		assertThat(this.page.locator("body")).containsText("[c]");
		Accessibility.check(this.page, "reports committee report");

		open("/reports/settings");
		this.page.selectOption("#area", data.area().code());
		this.page.fill("#adultFemales", "ten thousand");
		this.page.fill("#source", "ONS mid-2023 estimate");
		this.page.getByText("Record population").click();
		assertThat(this.page.locator(".govuk-error-summary")).containsText("Enter the number of women and girls");
		Accessibility.check(this.page, "reports settings with an error");
		this.page.fill("#adultFemales", "10000");
		this.page.getByText("Record population").click();
		assertThat(this.page.locator(".govuk-notification-banner")).containsText("Population recorded");
		Accessibility.check(this.page, "reports settings saved");
	}

}
