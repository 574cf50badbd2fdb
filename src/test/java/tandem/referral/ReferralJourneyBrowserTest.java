package tandem.referral;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import tandem.Fixtures.AreaFixture;
import tandem.agency.Actor;
import tandem.agency.Role;
import tandem.web.Accessibility;
import tandem.web.BrowserTestSupport;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The whole referral journey as a person makes it, with axe-core on every state of every page: once at a desk with
 * JavaScript, once on a 320-pixel phone without it.
 */
class ReferralJourneyBrowserTest extends BrowserTestSupport {

	@Test
	void aHighRiskReferralFromStartToConfirmation() {
		Actor referrer = referrer();
		signIn(referrer);
		walk(this.page, 15, "desk");

		assertThat(this.page.locator(".govuk-panel__title")).hasText("Referral sent");
		assertThat(this.page.getByText("next MARAC meeting", new Page.GetByTextOptions().setExact(false))).isVisible();
		Accessibility.check(this.page, "referral sent, high risk");
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Go to your home page")).click();
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Referrals you sent")))
			.isVisible();
		Accessibility.check(this.page, "home with sent referrals");
	}

	@Test
	void onAPhoneWithoutJavaScriptBelowTheThreshold() {
		Page phone = newPage(options -> options.setJavaScriptEnabled(false).setViewportSize(320, 640));
		signIn(phone, referrer());
		walk(phone, 3, "phone");

		assertThat(phone.locator(".govuk-panel__title")).hasText("Referral sent");
		assertThat(phone.getByText("specialist domestic abuse service", new Page.GetByTextOptions().setExact(false)))
			.isVisible();
		Accessibility.check(phone, "referral sent, phone");
	}

	private Actor referrer() {
		AreaFixture area = this.fixtures.area();
		this.fixtures.agency(area, "idva");
		this.fixtures.agency(area, "specialist-domestic-abuse");
		return this.fixtures.user(this.fixtures.agency(area, "police"), Role.REFERRER);
	}

	/** Goes through every page, meeting the errors a hurried person would, and sends the referral. */
	private static void walk(Page page, int yes, String device) {
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Make a referral")).click();
		Accessibility.check(page, "referral start, " + device);
		button(page, "Start now");
		assertThat(page.locator("h1")).hasText("Your draft referral");
		Accessibility.check(page, "draft task list, " + device);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Area")).click();
		Accessibility.check(page, "area, " + device);
		save(page);

		assertThat(page.locator("h1")).hasText("The victim");
		Accessibility.check(page, "victim empty, " + device);
		page.getByLabel("Given names").fill("مريم 🌸 <script>alert(1)</script>");
		page.locator("#victim-dateOfBirth").fill("31");
		page.locator("#victim-dateOfBirth-month").fill("2");
		page.locator("#victim-dateOfBirth-year").fill("2020");
		save(page);
		assertThat(page).hasTitle("Error: The victim – Tandem");
		assertThat(page.locator(".govuk-error-summary")).containsText("Date of birth must be a real date");
		assertThat(page.getByLabel("Given names")).hasValue("مريم 🌸 <script>alert(1)</script>");
		Accessibility.check(page, "victim with errors, " + device);
		if (device.equals("desk")) {
			// Ten megabytes pasted into a box must come back as a clear error through the real server, not a crash.
			page.locator("#victim-aliases").evaluate("box => box.value = 'x'.repeat(10 * 1024 * 1024)");
			save(page);
			assertThat(page.locator(".govuk-error-summary")).containsText("far too long to keep");
			page.getByLabel("Other names the victim uses or has used (optional)").fill("");
		}
		page.locator("#victim-dateOfBirth").fill("28");
		save(page);

		assertThat(page.locator("h1")).hasText("Contacting the victim safely");
		page.getByLabel("Phone number (optional)").fill("07700 900123");
		page.locator("#victim-phone-safeToCall-2").check();
		save(page);

		assertThat(page.locator("h1")).hasText("Language and interpreter");
		Accessibility.check(page, "language empty, " + device);
		page.locator("#victim-firstLanguage").fill("L".repeat(101));
		save(page);
		assertThat(page.locator(".govuk-error-summary")).containsText("Must be 100 characters or fewer");
		Accessibility.check(page, "language with errors, " + device);
		page.locator("#victim-firstLanguage").fill("Polish");
		page.locator("#victim-interpreterNeeded").check();
		save(page);

		assertThat(page.locator("h1")).hasText("Equality monitoring");
		Accessibility.check(page, "equality empty, " + device);
		page.locator("#victim-equality-ethnicity").selectOption("WHITE_OTHER");
		page.locator("#victim-equality-disability-3").check();
		page.locator("#victim-equality-religion").fill("R".repeat(101));
		save(page);
		assertThat(page.locator(".govuk-error-summary")).containsText("Must be 100 characters or fewer");
		assertThat(page.locator("#victim-equality-ethnicity")).hasValue("WHITE_OTHER");
		Accessibility.check(page, "equality with errors, " + device);
		page.locator("#victim-equality-religion").fill("Catholic");
		save(page);

		assertThat(page.locator("h1")).hasText("Perpetrators");
		button(page, "Add a perpetrator");
		page.locator("#perpetrators-0-givenName").fill("Lee");
		page.locator("#perpetrators-0-familyName").fill(tandem.Fixtures.unique("Perp"));
		save(page);
		assertThat(page.locator(".govuk-error-summary")).containsText("Say how the perpetrator is related to the victim");
		Accessibility.check(page, "perpetrators with errors, " + device);
		page.locator("#perpetrators-0-relationshipToVictim").selectOption("EX_PARTNER");
		save(page);

		assertThat(page.locator("h1")).hasText("Children and dependants");
		Accessibility.check(page, "children empty, " + device);
		save(page);

		for (int first = 1; first <= 24; first += 6) {
			assertThat(page.locator("h1")).containsText("Risk checklist");
			for (int number = first; number < first + 6; number++) {
				page.locator(number <= yes ? "#dash-answers-q" + number : "#dash-answers-q" + number + "-3").check();
			}
			if (first == 1) {
				page.locator("#dash-sources-q1").fill("S".repeat(201));
				save(page);
				assertThat(page.locator(".govuk-error-summary")).containsText("Must be 200 characters or fewer");
				Accessibility.check(page, "risk checklist page 1 with errors, " + device);
				page.locator("#dash-sources-q1").fill("Police officer at the scene");
				Accessibility.check(page, "risk checklist page 1, " + device);
			}
			save(page);
		}

		assertThat(page.locator("h1")).hasText("Call-outs, professional judgement and the victim's view");
		page.locator("#dash-victimView").fill("She believes he will find her");
		page.locator("#professionalJudgement-applies").check();
		save(page);
		assertThat(page.locator(".govuk-error-summary")).containsText("Say why professional judgement");
		Accessibility.check(page, "judgement without reason, " + device);
		page.locator("#professionalJudgement-applies-2").check();
		save(page);

		assertThat(page.locator("h1")).hasText("Consent and sharing");
		page.locator("#victimAwareOfReferral").check();
		page.locator("#consent").check();
		save(page);

		assertThat(page.locator("h1")).hasText("Check your answers before sending the referral");
		assertThat(page.locator("dd[dir=auto]").first()).isVisible();
		assertThat(page.getByText(yes + " yes answers", new Page.GetByTextOptions().setExact(false))).isVisible();
		assertThat(page.getByText("White: Any other White background")).isVisible();
		assertThat(page.getByText("(source: Police officer at the scene)", new Page.GetByTextOptions().setExact(false)))
			.isVisible();
		Accessibility.check(page, "check answers, " + device);
		if (yes < 14) {
			button(page, "Send referral");
			assertThat(page.locator(".govuk-error-summary")).containsText("Choose where the referral should go next");
			Accessibility.check(page, "check answers without a route, " + device);
			page.getByLabel("A specialist domestic abuse service").check();
		}
		button(page, "Send referral");
	}

	private static void save(Page page) {
		button(page, "Save and continue");
	}

	private static void button(Page page, String name) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
	}

}
