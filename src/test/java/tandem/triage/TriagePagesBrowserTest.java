package tandem.triage;

import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import tandem.Fixtures.AreaFixture;
import tandem.agency.AgencyRef;
import tandem.agency.Role;
import tandem.cases.CaseFixtures;
import tandem.web.Accessibility;
import tandem.web.BrowserTestSupport;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static tandem.web.ErrorSummaryChecks.assertFieldError;

/** The triage queue and a decision, with axe on each state. */
@Import(CaseFixtures.class)
class TriagePagesBrowserTest extends BrowserTestSupport {

	@Autowired
	CaseFixtures cases;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theMeetingRoutesAWaitingReferral() {
		AreaFixture area = this.fixtures.area();
		AgencyRef police = this.fixtures.agency(area, "police");
		this.fixtures.agency(area, "idva");
		CaseFixtures.CreatedCase aCase = this.cases.aCase(area.id()).riskLevel("MEDIUM").involving(police).create();
		UUID referral = UUID.randomUUID();
		this.jdbc.sql("""
				insert into referral (id, case_id, referred_on, referring_agency_id, referred_by_client, channel,
				    victim_aware, consent, meets_marac_threshold, repeat_referral, victim_already_known, route, created_at)
				values (:id, :case, current_date, :police, 'test', 'API', true, 'GIVEN', false, false, false, 'TRIAGE',
				    now())
				""").param("id", referral).param("case", aCase.id()).param("police", police.id()).update();
		this.jdbc.sql("""
				insert into triage_item (id, case_id, referral_id, area_id, received_at)
				values (gen_random_uuid(), :case, :referral, :area, now() - interval '26 hours')
				""").param("case", aCase.id()).param("referral", referral).param("area", area.id()).update();

		signIn(this.fixtures.user(this.fixtures.agency(area, "childrens-social-care"), Role.TRIAGE));
		open("/triage");
		assertThat(this.page.locator("main")).containsText("1 day 2 hours");
		Accessibility.check(this.page, "triage queue");

		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(aCase.reference())).click();
		Accessibility.check(this.page, "triage item");
		this.page.getByLabel("No further action").check();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the decision")).click();
		assertFieldError(this.page, "reason", "Enter why no further action is needed");
		Accessibility.check(this.page, "triage item with errors");

		this.page.getByLabel("The IDVA service").check();
		this.page.getByLabel("Actions agreed").fill("IDVA to call within 48 hours");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the decision")).click();
		assertThat(this.page.locator(".govuk-notification-banner")).containsText("routed: The IDVA service");
		assertThat(this.page.locator("main")).containsText("Nothing is waiting.");
		Accessibility.check(this.page, "triage queue after a decision");
	}

}
