package tandem.matching;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import tandem.agency.Actor;
import tandem.cases.CaseFixtures;
import tandem.web.Accessibility;
import tandem.web.BrowserTestSupport;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static tandem.web.ErrorSummaryChecks.assertFieldError;

/**
 * A coordinator reviews a pair: the queue (empty, one pair, paged), the pair side by side, a missing reason, combining
 * and separating.
 */
@Import({ ReviewScenario.class, CaseFixtures.class })
class MatchReviewBrowserTest extends BrowserTestSupport {

	@Autowired
	ReviewScenario scenario;

	@Test
	void anEmptyQueueSaysSo() {
		signIn(this.scenario.coordinatorOf(this.fixtures.area()));
		open("/matches");
		assertThat(this.page.locator("main")).containsText("No possible matches are waiting for review.");
		Accessibility.check(this.page, "match queue empty");
	}

	@Test
	void aLongQueueIsPaged() {
		signIn(this.scenario.longQueue(51).coordinator());
		open("/matches");
		assertThat(this.page.locator("caption")).hasText("51 pairs to review, oldest first: page 1 of 2");
		Accessibility.check(this.page, "match queue, first of two pages");

		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Next page")).click();
		assertThat(this.page.locator(".govuk-pagination")).containsText("Page 2 of 2");
		assertThat(this.page.locator("tbody tr")).hasCount(1);
		Accessibility.check(this.page, "match queue, last page");

		this.page.getByLabel("Show the pairs").selectOption("MOST_LIKELY");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();
		assertThat(this.page.locator("caption")).hasText("51 pairs to review, most likely first: page 1 of 2");
		assertThat(this.page.locator("tbody tr").first()).containsText("Very likely the same person");
		Accessibility.check(this.page, "match queue, most likely first");
	}

	@Test
	void aCoordinatorCombinesAPairAndSeparatesItAgain() {
		ReviewScenario.Pair pair = this.scenario.proposed();
		Actor coordinator = pair.coordinator();
		signIn(coordinator);
		assertThat(this.page.locator("main")).containsText("1 possible match is waiting for your review");
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Review possible matches")).click();
		assertThat(this.page.locator("caption")).hasText("1 pair to review");
		Accessibility.check(this.page, "match queue with a pair");

		this.page.locator("td a.govuk-link").first().click();
		assertThat(this.page.locator("h1")).hasText("Possible match");
		assertThat(this.page.locator("main")).containsText("given name is a known variant");
		Accessibility.check(this.page, "match side by side");

		this.page.getByLabel("Yes, combine the two records").check();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save decision")).click();
		assertFieldError(this.page, "reason", "Enter the reason for your decision");
		assertThat(this.page.getByLabel("Yes, combine the two records")).isChecked();
		Accessibility.check(this.page, "match side by side with errors");

		this.page.getByLabel("Reason").fill("Same phone number known to both agencies");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save decision")).click();
		assertThat(this.page.locator(".govuk-notification-banner")).containsText("The records are combined");
		assertThat(this.page.locator("main")).containsText("Same phone number known to both agencies");
		Accessibility.check(this.page, "match after confirming");

		this.page.getByLabel("Reason for separating").fill("Confirmed with the IDVA that they are cousins");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Separate the records")).click();
		assertThat(this.page.locator(".govuk-notification-banner")).containsText("The records are separated");
		assertThat(this.page.locator("main")).containsText("Confirmed with the IDVA that they are cousins");
		Accessibility.check(this.page, "match after separating");
	}

}
