package tandem.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Route;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks one state of a page against WCAG 2.2 A and AA with axe-core, and keeps a screenshot of that state in
 * {@code <tmp>/tandem-shots/} so a person can look at what was checked. Call it for every state a page can be in:
 * empty, with errors, with data, after an action. It works on pages with JavaScript off too.
 */
public final class Accessibility {

	static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	static final Path SCREENSHOTS = Path.of(System.getProperty("java.io.tmpdir"), "tandem-shots");

	private Accessibility() {
	}

	/**
	 * Fails with one line per element that breaks a rule. {@code state} names the failure and the screenshot file, so
	 * keep it unique, e.g. "sign-in wrong password".
	 */
	public static void check(Page page, String state) {
		screenshot(page, state);
		AxeResults results = scriptingEnabled(page) ? analyze(page) : analyzeScriptFreeCopy(page);
		assertThat(results.isErrored()).as("axe-core could not run on %s: %s", state, results.getErrorMessage())
			.isFalse();
		assertThat(violations(results)).as("accessibility violations on %s (%s)", state, page.url()).isEmpty();
	}

	private static AxeResults analyze(Page page) {
		return new AxeBuilder(page).withTags(WCAG_22_AA).analyze();
	}

	/** Where scripting is off, the HTML parser reads what is inside a noscript element as elements, not as text. */
	private static boolean scriptingEnabled(Page page) {
		Object asText = page.evaluate("() => { const probe = document.createElement('noscript');"
				+ " probe.innerHTML = '<p></p>'; return probe.childElementCount === 0; }");
		return Boolean.TRUE.equals(asText);
	}

	/**
	 * axe-core needs timers, which never fire in a page with JavaScript off, so it checks a copy instead: the same
	 * document at the same address and size, whose own scripts a Content Security Policy blocks.
	 */
	private static AxeResults analyzeScriptFreeCopy(Page page) {
		String html = page.content();
		Browser.NewContextOptions options = new Browser.NewContextOptions();
		if (page.viewportSize() != null) {
			options.setViewportSize(page.viewportSize().width, page.viewportSize().height);
		}
		try (BrowserContext copy = page.context().browser().newContext(options)) {
			copy.route("**/*", route -> {
				if (route.request().isNavigationRequest()) {
					route.fulfill(new Route.FulfillOptions().setContentType("text/html; charset=utf-8")
						.setHeaders(Map.of("Content-Security-Policy", "script-src 'none'"))
						.setBody(html));
				}
				else {
					route.resume();
				}
			});
			Page copied = copy.newPage();
			copied.navigate(page.url());
			return analyze(copied);
		}
	}

	private static List<String> violations(AxeResults results) {
		return results.getViolations().stream()
			.flatMap(rule -> rule.getNodes().stream().map(node -> describe(rule, node)))
			.toList();
	}

	private static String describe(Rule rule, CheckedNode node) {
		return "%n  %s (%s) at %s: %s %s".formatted(rule.getId(), rule.getImpact(), node.getTarget(), rule.getHelp(),
				rule.getHelpUrl());
	}

	private static void screenshot(Page page, String state) {
		try {
			Files.createDirectories(SCREENSHOTS);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		try {
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve(fileName(state))));
		}
		catch (PlaywrightException ex) {
			// The picture is for whoever reads a failure; Chromium on a loaded machine sometimes cannot take one, which
			// says nothing about the page, so the check goes on without it.
			System.err.printf("No screenshot of %s: %s%n", state, ex.getMessage().lines().findFirst().orElse(""));
		}
	}

	private static String fileName(String state) {
		return state.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "") + ".png";
	}

}
