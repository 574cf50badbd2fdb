package tandem.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import tandem.Fixtures;
import tandem.agency.Actor;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Base for {@code *BrowserTest} classes: Tandem on a random port (profile {@code test}, real PostgreSQL), Debian's
 * Chromium launched once per class, and a fresh browser context per test so no cookie or session leaks between
 * tests. After each test, the test fails if any page logged an error, broke the Content Security Policy, asked for a
 * font or reached beyond Tandem. Without Chromium the class is skipped, or fails when
 * {@code TANDEM_REQUIRE_BROWSER=true}. A test that hangs (Playwright's evaluate has no time limit) fails after two
 * minutes.
 * <p>
 * An error status page (404, 403) is a legitimate answer, not a console error: assert the status you expect. Use
 * Playwright's auto-waiting assertions ({@code PlaywrightAssertions.assertThat}) on the page, and
 * {@link Accessibility#check} on every state of every page (it keeps a screenshot of each in /tmp/tandem-shots/):
 * <pre>{@code
 * class AgencyAdminBrowserTest extends BrowserTestSupport {
 *
 *     @Test
 *     void listsAgencies() {
 *         Actor admin = this.fixtures.user(this.fixtures.agency(this.fixtures.area(), "council"), Role.ADMINISTRATOR);
 *         signIn(admin);
 *         open("/admin/agencies");
 *         assertThat(this.page.locator("h1")).hasText("Agencies");
 *         Accessibility.check(this.page, "admin agencies list");
 *     }
 *
 * }
 * }</pre>
 * For another browser set-up in the same test, use {@link #newPage(Consumer)}, e.g.
 * {@code newPage(options -> options.setJavaScriptEnabled(false))}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(Fixtures.class)
@ExtendWith(Chromium.class)
@Timeout(value = 2, unit = TimeUnit.MINUTES)
public abstract class BrowserTestSupport {

	/**
	 * Playwright waits this long for an element, a page or an assertion before failing: far more than a page needs,
	 * but CI machines are shared and slow.
	 */
	private static final double TIMEOUT_MILLIS = 15_000;

	/** Each class's shared session (cookies), see {@link #signInOncePerClass}. */
	private static final Map<Class<?>, String> SHARED_SESSIONS = new ConcurrentHashMap<>();

	@Autowired
	protected Fixtures fixtures;

	/** A page in this test's own browser context, at a desktop width, with JavaScript on. */
	protected Page page;

	@LocalServerPort
	private int port;

	private Browser browser;

	private final List<BrowserContext> contexts = new ArrayList<>();

	private final List<PageProblems> problems = new ArrayList<>();

	@BeforeEach
	final void openPage(Browser browser) {
		this.browser = browser;
		PlaywrightAssertions.setDefaultAssertionTimeout(TIMEOUT_MILLIS);
		this.page = newPage(options -> {
		});
	}

	@AfterEach
	final void closePages() {
		try {
			// A round trip to the browser delivers any event still on its way before the problems are read.
			this.contexts.forEach(BrowserContext::cookies);
			this.problems.forEach(PageProblems::assertNone);
		}
		finally {
			this.contexts.forEach(BrowserContext::close);
		}
	}

	/** Tandem's address, e.g. {@code http://localhost:41234}; localhost, so Chromium keeps our Secure cookies. */
	protected final String origin() {
		return "http://localhost:" + this.port;
	}

	/** A page in a new, separate browser context (own cookies), watched like {@link #page}. */
	protected final Page newPage(Consumer<Browser.NewContextOptions> customise) {
		Browser.NewContextOptions options = new Browser.NewContextOptions().setBaseURL(origin())
			.setLocale("en-GB")
			.setTimezoneId("Europe/London");
		customise.accept(options);
		BrowserContext context = this.browser.newContext(options);
		context.setDefaultTimeout(TIMEOUT_MILLIS);
		context.setDefaultNavigationTimeout(TIMEOUT_MILLIS);
		this.problems.add(PageProblems.watch(context, origin()));
		this.contexts.add(context);
		return context.newPage();
	}

	/** Goes to a path of Tandem's, e.g. {@code open("/")}, and returns the response to check its status. */
	protected final Response open(String path) {
		return this.page.navigate(path);
	}

	/** Signs in through the sign-in page, as a person would, and waits for the home page. */
	protected final void signIn(Actor user) {
		signIn(this.page, user);
	}

	/**
	 * Signs in through the sign-in page the first time a test of this class asks, and gives every later test of the
	 * class that same session in a fresh browser context of its own: the class signs in once, yet no test sees
	 * another's pages. Only for classes whose tests never sign out or change the user.
	 */
	protected final void signInOncePerClass(Supplier<Actor> user) {
		String session = SHARED_SESSIONS.get(getClass());
		if (session == null) {
			signIn(user.get());
			SHARED_SESSIONS.put(getClass(), this.page.context().storageState());
		}
		else {
			this.page = newPage(options -> options.setStorageState(session));
		}
	}

	protected final void signIn(Page page, Actor user) {
		page.navigate("/sign-in");
		page.getByLabel("Username").fill(user.name());
		page.getByLabel("Password").fill(Fixtures.PASSWORD);
		page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Sign in")).click();
		assertThat(page).hasURL(origin() + "/");
	}

}
