package tandem.referral;

import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import tandem.Fixtures;
import tandem.Fixtures.AreaFixture;
import tandem.agency.AgencyRef;
import tandem.agency.Role;
import tandem.cases.CaseFixtures;
import tandem.cases.CaseFixtures.CreatedCase;
import tandem.web.Accessibility;
import tandem.web.BrowserTestSupport;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

@Import(CaseFixtures.class)
class ReassessmentBrowserTest extends BrowserTestSupport {

	@Autowired
	CaseFixtures cases;

	@Test
	void anIdvaReassessesRiskAndSeesItOnTheCase() {
		AreaFixture area = this.fixtures.area();
		AgencyRef idva = this.fixtures.agency(area, "idva");
		UUID victim = this.cases.aPerson().named("Amara", Fixtures.unique("Ashabeck")).create();
		CreatedCase aCase = this.cases.aCase(area.id()).victim(victim).involving(idva).riskLevel("MEDIUM").create();
		signIn(this.fixtures.user(idva, Role.CASEWORKER));

		open(aCase.path());
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Reassess risk")).click();
		assertThat(this.page.locator("h1")).hasText("Reassess risk");
		Accessibility.check(this.page, "reassess risk empty");

		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the reassessment")).click();
		assertThat(this.page).hasTitle(java.util.regex.Pattern.compile("^Error: Reassess risk"));
		assertThat(this.page.locator(".govuk-error-summary")).containsText("Say why you are assessing the risk again");
		Accessibility.check(this.page, "reassess risk with errors");

		this.page.getByLabel("After a new incident").check();
		for (int q = 1; q <= 15; q++) {
			this.page.locator("#dash-answers-q" + q).check();
		}
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the reassessment")).click();
		assertThat(this.page.locator(".govuk-notification-banner--success"))
			.containsText("The risk level is now High");
		assertThat(this.page.locator("#risk-over-time ~ table")).containsText("15 yes answers: visible high risk");
		Accessibility.check(this.page, "case after reassessment");
	}

}
