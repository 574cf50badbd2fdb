package tandem.directory;

import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import tandem.Fixtures.AreaFixture;
import tandem.agency.Actor;
import tandem.agency.AgencyRef;
import tandem.agency.Role;
import tandem.cases.CaseFixtures;
import tandem.web.Accessibility;
import tandem.web.BrowserTestSupport;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static tandem.web.ErrorSummaryChecks.assertFieldError;

/** The directory, a service, its capacity form, and an onward referral sent and received, with axe on each state. */
@Import({ DirectoryFixtures.class, CaseFixtures.class })
class DirectoryPagesBrowserTest extends BrowserTestSupport {

	@Autowired
	DirectoryFixtures directory;

	@Autowired
	CaseFixtures cases;

	private AreaFixture area;

	private AgencyRef provider;

	private UUID refuge;

	@BeforeEach
	void aRefuge() {
		this.area = this.fixtures.area();
		this.provider = this.fixtures.agency(this.area, "specialist-domestic-abuse");
		this.refuge = this.directory.service(this.provider, this.area, "REFUGE", "Lantern refuge", 1);
	}

	@Test
	void theProviderKeepsItsCapacityCurrent() {
		signIn(this.fixtures.user(this.provider, Role.SERVICE_MANAGER));
		open("/directory");
		assertThat(this.page.locator("main")).containsText("Lantern refuge");
		assertThat(this.page.locator("main")).containsText("1 space free");
		Accessibility.check(this.page, "directory");

		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lantern refuge")).click();
		assertThat(this.page.locator("main")).containsText("the address is never recorded");
		Accessibility.check(this.page, "directory service");

		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change capacity")).click();
		this.page.getByLabel("Spaces free now").fill("-2");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save capacity")).click();
		assertFieldError(this.page, "spacesFree", "Spaces free cannot be below zero");
		Accessibility.check(this.page, "capacity with errors");
	}

	@Test
	void aReferralIsSentAndTheServiceSeesWhatItShares() {
		AgencyRef idva = this.fixtures.agency(this.area, "idva");
		Actor sender = this.fixtures.user(idva, Role.CASEWORKER);
		UUID caseId = this.cases.aCase(this.area.id()).involving(idva).create().id();
		signIn(sender);
		open("/cases/" + caseId + "/onward-referrals/new");
		Accessibility.check(this.page, "onward referral form");
		this.page.getByLabel("No, I am sharing without consent").check();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send referral")).click();
		assertFieldError(this.page, "lawfulBasisNote", "Enter why sharing without consent is necessary");
		Accessibility.check(this.page, "onward referral form with errors");

		this.page.getByLabel("Service", new Page.GetByLabelOptions().setExact(true)).selectOption(this.refuge.toString());
		this.page.getByLabel("Why are you referring?").fill("Needs a safe place tonight");
		this.page.getByLabel("Yes, they have consented").check();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send referral")).click();
		assertThat(this.page.locator(".govuk-notification-banner")).containsText("Referral sent to Lantern refuge");
		Accessibility.check(this.page, "case referrals to services");

		Page receiving = newPage(options -> {
		});
		signIn(receiving, this.fixtures.user(this.provider, Role.CASEWORKER));
		receiving.navigate("/service-referrals");
		Accessibility.check(receiving, "incoming referrals");
		receiving.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Name not shared")).click();
		assertThat(receiving.locator("main")).containsText("Needs a safe place tonight");
		receiving.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Decline the referral")).click();
		assertFieldError(receiving, "declineReason", "Enter why you are declining this referral");
		Accessibility.check(receiving, "incoming referral with errors");
	}

}
