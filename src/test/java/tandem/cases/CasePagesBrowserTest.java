package tandem.cases;

import java.time.LocalDate;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import tandem.Fixtures.AreaFixture;
import tandem.agency.Actor;
import tandem.agency.AgencyRef;
import tandem.agency.Role;
import tandem.cases.CaseFixtures.CreatedCase;
import tandem.web.Accessibility;
import tandem.web.BrowserTestSupport;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static tandem.web.ErrorSummaryChecks.assertFieldError;

/**
 * The case page and what surrounds it: the home page's case list, the refusal with its emergency access ("break
 * glass") form, the coordinator's review of emergency access and the case's own audit trail.
 */
@Import(CaseFixtures.class)
class CasePagesBrowserTest extends BrowserTestSupport {

	private static final String UNSAFE_PHONE = "07700 900999";

	private static final String SAFE_PHONE = "07700 900123";

	private static final String SAFE_TIMES = "Weekday mornings, text first";

	@Autowired
	CaseFixtures cases;

	private AreaFixture area;

	private AgencyRef involved;

	private AgencyRef outsider;

	private CreatedCase aCase;

	@BeforeEach
	void caseWithAVictimPerpetratorAndChild() {
		this.area = this.fixtures.area();
		this.involved = this.fixtures.agency(this.area, "idva");
		this.outsider = this.fixtures.agency(this.area, "housing");
		UUID victim = this.cases.aPerson()
			.named("Alys", "Pryce")
			.alias("Alice", "Price")
			.locatedAt("In refuge, south area")
			.contact("PHONE", SAFE_PHONE, true, SAFE_TIMES)
			.contact("PHONE", UNSAFE_PHONE, false, null)
			.create();
		UUID perpetrator = this.cases.aPerson().named("Gareth", "Pryce").create();
		UUID child = this.cases.aPerson().named("Cai", "Pryce").bornOn(LocalDate.of(2019, 6, 1)).create();
		this.aCase = this.cases.aCase(this.area.id())
			.victim(victim)
			.perpetrator(perpetrator, "EX_PARTNER")
			.child(child, "SON")
			.involving(this.involved)
			.create();
	}

	@Test
	void anInvolvedPractitionerFindsTheCaseFromHomeWithoutTheUnsafeNumber() {
		signIn(this.fixtures.user(this.involved, Role.CASEWORKER));

		Locator caseLink = this.page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName(this.aCase.reference()));
		assertThat(caseLink).isVisible();
		assertThat(this.page.locator("table")).containsText("Alys Pryce");
		Accessibility.check(this.page, "home practitioner with cases");

		caseLink.click();
		assertThat(this.page).hasTitle("Case " + this.aCase.reference() + " – Tandem");
		assertThat(heading(this.page)).hasText("Case " + this.aCase.reference());
		Locator main = this.page.locator("main");
		assertThat(main).containsText("Alys Pryce");
		assertThat(main).containsText("Gareth Pryce");
		assertThat(main).containsText("Cai Pryce");
		assertThat(main).containsText(this.involved.name());
		assertThat(main).containsText(SAFE_TIMES);
		assertThat(main).containsText("English: no interpreter needed");
		assertThat(main).containsText("Not safe to use");
		assertThat(this.page.locator("a[href='tel:" + SAFE_PHONE.replace(" ", "") + "']")).hasText(SAFE_PHONE);
		assertThat(this.page.content()).doesNotContain(UNSAFE_PHONE).doesNotContain(UNSAFE_PHONE.replace(" ", ""));
		assertThat(this.page.locator("a[href^='tel:']")).hasCount(1);
		assertThat(this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Who has viewed this case")))
			.hasCount(0);
		Accessibility.check(this.page, "case as involved practitioner");

		String session = this.page.context().storageState();
		Page phone = newPage(options -> options.setViewportSize(320, 640).setStorageState(session));
		phone.navigate(this.aCase.path());
		assertThat(phone.evaluate("() => document.documentElement.scrollWidth")).as("page width at 320px")
			.isEqualTo(320);
		Accessibility.check(phone, "case as involved practitioner at 320px");
	}

	@Test
	void anOutsiderBreaksGlassAndTheCoordinatorReviewsIt() {
		Actor outsiderUser = this.fixtures.user(this.outsider, Role.CASEWORKER);
		signIn(outsiderUser);

		Response refused = open(this.aCase.path());
		assertThat(refused.status()).isEqualTo(403);
		assertThat(heading(this.page)).hasText("You do not have access to this case");
		assertThat(this.page.locator("main")).not().containsText("Alys");
		assertThat(this.page.getByLabel("Why do you need emergency access?")).isEmpty();
		Accessibility.check(this.page, "case no access with break glass form");

		this.page.getByLabel("Why do you need emergency access?").fill("Too short");
		button(this.page, "Get emergency access").click();
		assertFieldError(this.page, "reason", "Reason must be 20 characters or more");
		assertThat(this.page.getByLabel("Why do you need emergency access?")).hasValue("Too short");
		Accessibility.check(this.page, "case no access with too short reason");
		this.page.locator(".govuk-error-summary a").click();
		assertThat(this.page.getByLabel("Why do you need emergency access?")).isFocused();

		String reason = "Police report a threat to her life tonight; the IDVA is not reachable";
		this.page.getByLabel("Why do you need emergency access?").fill(reason);
		button(this.page, "Get emergency access").click();
		assertThat(this.page).hasURL(origin() + this.aCase.path());
		assertThat(heading(this.page)).hasText("Case " + this.aCase.reference());
		Accessibility.check(this.page, "case after breaking glass");

		Page coordinator = newPage(options -> {
		});
		signIn(coordinator, this.fixtures.user(this.fixtures.agency(this.area, "council"), Role.COORDINATOR));
		Locator toReview = coordinator.locator(".govuk-notification-banner").getByRole(AriaRole.LINK);
		assertThat(toReview).containsText("to review");
		Accessibility.check(coordinator, "home coordinator with emergency access to review");

		toReview.click();
		assertThat(heading(coordinator)).hasText("Emergency access to review");
		Locator card = coordinator.locator(".govuk-summary-card",
				new Page.LocatorOptions().setHasText("Case " + this.aCase.reference()));
		assertThat(card).containsText(reason);
		Accessibility.check(coordinator, "break glass review list");

		card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Mark as reviewed")).click();
		String noteId = card.getByLabel("What you found").getAttribute("id");
		assertFieldError(coordinator, noteId, "Enter what you found when you reviewed this emergency access");
		Accessibility.check(coordinator, "break glass review with error");

		coordinator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("View case " + this.aCase.reference()))
			.click();
		coordinator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Who has viewed this case")).click();
		assertThat(heading(coordinator)).hasText("Who has viewed this case");
		Locator trail = coordinator.locator("table");
		assertThat(trail).containsText("Emergency access");
		assertThat(trail).containsText(reason);
		assertThat(trail).containsText(outsiderUser.name());
		Accessibility.check(coordinator, "case views as coordinator");
	}

	private static Locator heading(Page page) {
		return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
	}

	private static Locator button(Page page, String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

}
