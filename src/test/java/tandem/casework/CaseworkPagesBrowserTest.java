package tandem.casework;

import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import tandem.Fixtures;
import tandem.Fixtures.AreaFixture;
import tandem.agency.Actor;
import tandem.agency.AgencyRef;
import tandem.agency.Role;
import tandem.cases.CaseFixtures;
import tandem.web.Accessibility;
import tandem.web.BrowserTestSupport;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static tandem.web.ErrorSummaryChecks.assertFieldError;

/** The caseload, a service's case and its safety plan in Chromium, with axe on every state. */
@Import({ CaseFixtures.class, SupportCaseFixtures.class })
class CaseworkPagesBrowserTest extends BrowserTestSupport {

	private static final String UNSAFE = "07700 900777";

	private static final String SAFE = "07700 900888";

	@Autowired
	CaseFixtures cases;

	@Autowired
	SupportCaseFixtures supportCases;

	private AgencyRef idva;

	private Actor worker;

	private UUID supportCase;

	private String victimFamily;

	@BeforeEach
	void aCaseOnTheWorkersCaseload() {
		AreaFixture area = this.fixtures.area();
		this.idva = this.fixtures.agency(area, "idva");
		this.worker = this.fixtures.user(this.idva, Role.CASEWORKER);
		this.victimFamily = Fixtures.unique("Marlow");
		UUID victim = this.cases.aPerson().named("Iris", this.victimFamily).locatedAt("In refuge, north area")
			.contact("PHONE", UNSAFE, false, null).contact("PHONE", SAFE, true, "Weekdays 10 to 12").create();
		UUID caseId = this.cases.aCase(area.id()).victim(victim)
			.child(this.cases.aPerson().named("Ned", this.victimFamily).create(), "SON").involving(this.idva).create().id();
		this.supportCase = this.supportCases.open(caseId, this.idva, this.worker);
	}

	@Test
	void aWorkerWorksACaseFromTheirCaseload() {
		signIn(this.worker);
		open("/caseload");
		assertThat(this.page.locator("h1")).hasText("Caseload");
		Accessibility.check(this.page, "caseload of a worker");

		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Iris " + this.victimFamily)).click();
		assertThat(this.page.locator("h1")).hasText("Iris " + this.victimFamily);
		assertThat(this.page.locator("main")).containsText("Not safe to use");
		assertThat(this.page.locator("main")).containsText("Weekdays 10 to 12");
		assertThat(this.page.locator("main")).containsText("In refuge, north area");
		assertThat(this.page.locator("a[href^='tel:']")).hasCount(1);
		assertThat(this.page.content()).doesNotContain(UNSAFE).doesNotContain(UNSAFE.replace(" ", ""));
		Accessibility.check(this.page, "support case");

		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record contact")).click();
		assertFieldError(this.page, "method", "Select how you tried to make contact");
		Accessibility.check(this.page, "support case with contact errors");

		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Write the safety plan")).click();
		Accessibility.check(this.page, "safety plan empty");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the safety plan")).click();
		assertFieldError(this.page, "plan", "Enter the safety plan");
		Accessibility.check(this.page, "safety plan with errors");

		this.page.getByLabel("Yes").check();
		this.page.getByLabel("The plan").fill("Keeps a bag at her sister's; code word 'blue'");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the safety plan")).click();
		assertThat(this.page.locator(".govuk-notification-banner")).containsText("Safety plan saved");
		Accessibility.check(this.page, "safety plan saved");
	}

	@Test
	void aSecondWorkerSavingTheSamePlanSeesBothVersions() {
		Actor colleague = this.fixtures.user(this.idva, Role.CASEWORKER);
		signIn(this.worker);
		Page other = newPage(options -> {
		});
		signIn(other, colleague);
		open("/support-cases/" + this.supportCase + "/safety-plan");
		other.navigate("/support-cases/" + this.supportCase + "/safety-plan");

		this.page.getByLabel("No").check();
		this.page.getByLabel("The plan").fill("First worker's plan");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the safety plan")).click();
		assertThat(this.page.locator(".govuk-notification-banner")).containsText("Safety plan saved");

		other.getByLabel("No").check();
		other.getByLabel("The plan").fill("Second worker's plan");
		other.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the safety plan")).click();
		assertThat(other.locator(".govuk-error-summary")).containsText("Someone else saved this safety plan");
		assertThat(other.locator("#saved-plan")).hasText("First worker's plan");
		assertThat(other.getByLabel("Your version")).hasValue("Second worker's plan");
		assertThat(other.title()).startsWith("Error: ");
		Accessibility.check(other, "safety plan edited by two workers");
	}

	@Test
	void aManagerSeesTheTeamAndAllocates() {
		Actor manager = this.fixtures.user(this.idva, Role.SERVICE_MANAGER);
		signIn(manager);
		open("/caseload");
		assertThat(this.page.locator("main")).containsText("Caseload per worker");
		Accessibility.check(this.page, "caseload of a team");

		open("/support-cases/" + this.supportCase + "/allocate");
		assertThat(this.page.locator("h1")).hasText("Hand over the case");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hand over")).click();
		assertFieldError(this.page, "worker", "Select a caseworker");
		Accessibility.check(this.page, "hand over with errors");
	}

}
