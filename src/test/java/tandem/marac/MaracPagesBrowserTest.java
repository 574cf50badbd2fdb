package tandem.marac;

import java.time.LocalDate;
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
import tandem.cases.CaseFixtures.CreatedCase;
import tandem.web.Accessibility;
import tandem.web.BrowserTestSupport;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The coordinator's agenda, the meeting screen and the agency's actions page, in Chromium with axe-core. */
@Import({ MaracFixtures.class, CaseFixtures.class })
class MaracPagesBrowserTest extends BrowserTestSupport {

	@Autowired
	MaracFixtures marac;

	@Autowired
	CaseFixtures cases;

	private AgencyRef police;

	private UUID meeting;

	private UUID item;

	private CreatedCase aCase;

	@BeforeEach
	void meetingWithCases() {
		AreaFixture area = this.fixtures.area();
		this.police = this.fixtures.agency(area, "police");
		this.fixtures.agency(area, "idva");
		this.meeting = this.marac.meeting(area.id(), LocalDate.of(2027, 3, 4));
		this.marac.present(this.meeting, this.police);
		UUID victim = this.cases.aPerson().named("Nia", "Vaughan").create();
		UUID child = this.cases.aPerson().named("Cai", "Vaughan").bornOn(LocalDate.of(2019, 6, 1)).create();
		this.aCase = this.cases.aCase(area.id()).victim(victim).child(child, "SON").involving(this.police).create();
		this.item = this.marac.list(this.meeting, this.aCase.id(), AgendaCategory.REPEAT);
		this.marac.list(this.meeting, this.cases.aCase(area.id()).involving(this.police).create().id(),
				AgendaCategory.EMERGENCY);
	}

	@Test
	void theCoordinatorWorksTheAgendaAndTheMeetingScreen() {
		Actor coordinator = this.fixtures.user(this.police, Role.COORDINATOR);
		signIn(coordinator);

		open("/marac/meetings/" + this.meeting);
		assertThat(this.page.locator("h1")).containsText("MARAC agenda");
		assertThat(this.page.getByText("Nia VAUGHAN")).isVisible();
		Accessibility.check(this.page, "marac agenda, coordinator");

		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(this.aCase.reference()).setExact(true)).click();
		assertThat(this.page.locator("h1")).hasText("Case " + this.aCase.reference());
		Accessibility.check(this.page, "marac meeting screen");

		this.page.getByLabel("Owner").selectOption(coordinator.userId().toString());
		this.page.getByLabel("What is to be done").fill("Flag the address for urgent response");
		this.page.getByLabel("Day").fill("1");
		this.page.getByLabel("Month").fill("3");
		this.page.getByLabel("Year").fill("2027");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add action")).click();
		assertThat(this.page).hasTitle(java.util.regex.Pattern.compile("^Error: "));
		assertThat(this.page.locator(".govuk-error-summary")).containsText("on or after the day of the meeting");
		Accessibility.check(this.page, "marac meeting screen with errors");

		this.page.getByLabel("Day").fill("11");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add action")).click();
		assertThat(this.page.locator("#actions ~ table")).containsText("Flag the address for urgent response");
	}

	@Test
	void anAgencySeesAndCompletesItsActions() {
		Actor officer = this.fixtures.user(this.police, Role.AGENCY_REPRESENTATIVE);
		this.marac.action(this.item, officer, "Check the bail conditions", LocalDate.of(2027, 3, 11));
		signIn(officer);

		assertThat(this.page.getByText("Your agency’s open MARAC actions")).isVisible();
		open("/marac/actions");
		assertThat(this.page.getByText("Check the bail conditions")).isVisible();
		Accessibility.check(this.page, "marac agency actions");

		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Complete action")).click();
		assertThat(this.page.locator(".govuk-error-summary")).containsText("Enter what was done");
		Accessibility.check(this.page, "marac agency actions with errors");

		this.page.getByLabel("Progress, or what was done").fill("Bail conditions confirmed with the court");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Complete action")).click();
		assertThat(this.page.getByText("Your agency has no open MARAC actions.")).isVisible();
	}

}
