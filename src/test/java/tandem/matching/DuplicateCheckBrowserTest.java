package tandem.matching;

import java.time.LocalDate;
import java.util.UUID;

import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tandem.agency.Actor;
import tandem.agency.Role;
import tandem.audit.AuditActor;
import tandem.web.Accessibility;
import tandem.web.BrowserTestSupport;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The duplicate check's pages in Chromium, with axe-core on each state: no run yet, running, finished, report, and a
 * report whose pairs were removed.
 */
class DuplicateCheckBrowserTest extends BrowserTestSupport {

	private static final AuditActor BROWSER_TEST = AuditActor.system("duplicate check browser test");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DedupRuns runs;

	@Test
	void theAdministratorRunsTheCheckWatchesItAndReadsTheReport() {
		// The runs table is this module's own: emptied so that the page's "no run yet" state can be seen.
		this.jdbc.sql("delete from person_dedup_run").update();
		String family = DedupFixtures.family("Pemberton");
		DedupFixtures held = new DedupFixtures(this.jdbc);
		held.person("Josephine", family, LocalDate.of(1983, 10, 2), "Jo " + family);
		held.person("Josephene", family, LocalDate.of(1983, 2, 10));
		Actor admin = this.fixtures.user(this.fixtures.agency(this.fixtures.area(), "council"), Role.ADMINISTRATOR);
		signIn(admin);

		open("/admin");
		this.page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Duplicate check"))
			.click();
		assertThat(this.page.locator("h1")).hasText("Duplicate check");
		assertThat(this.page.locator("#no-run")).isVisible();
		Accessibility.check(this.page, "duplicate check, no run yet");

		UUID running = showARunInProgress();
		open("/admin/duplicates");
		assertThat(this.page.locator("#latest")).containsText("Running: comparing pairs");
		assertThat(this.page.locator("#refresh")).isVisible();
		Accessibility.check(this.page, "duplicate check, run in progress");
		this.jdbc.sql("update person_dedup_run set state = 'interrupted' where id = ?").params(running).update();

		this.page.getByText("Run duplicate check now").click();
		assertThat(this.page.locator(".govuk-notification-banner")).containsText("Duplicate check started");
		for (int i = 0; i < 600 && !this.page.locator("#latest").textContent().contains("Finished"); i++) {
			this.page.waitForTimeout(200);
			this.page.locator("#refresh").click();
		}
		assertThat(this.page.locator("#latest")).containsText("Finished");
		Accessibility.check(this.page, "duplicate check, finished");

		this.page.getByText("View the report of this check").click();
		assertThat(this.page.locator("h1")).hasText("Duplicate check report");
		assertThat(this.page.locator("#confidential")).containsText("names people held by agencies in every area");
		assertThat(this.page.locator("main")).containsText("Josephene " + family);
		assertThat(this.page.locator("main")).containsText("identical with day and month swapped");
		Accessibility.check(this.page, "duplicate check report");

		UUID newer = this.runs.begin(DedupRun.Trigger.NIGHTLY, BROWSER_TEST, 0.1);
		this.runs.finish(newer, new DedupRun.Figures(DedupRun.Phase.DONE, 0, 0, 0, 0, 0));
		this.runs.removeOldPairs(1, BROWSER_TEST);
		this.page.reload();
		assertThat(this.page.locator("#pairs-removed")).containsText("pairs were removed on");
		assertThat(this.page.locator("main")).not().containsText("Josephene " + family);
		Accessibility.check(this.page, "duplicate check report, its pairs removed");
	}

	/** A run row as a run writes it while comparing: the page must show it whatever node runs it. */
	private UUID showARunInProgress() {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into person_dedup_run (id, trigger, threshold, started_at, state, phase, people_read, pairs_compared)
				values (?, 'nightly', 0.1, now(), 'running', 'comparing', 1200, 0)
				""").params(id).update();
		return id;
	}

}
