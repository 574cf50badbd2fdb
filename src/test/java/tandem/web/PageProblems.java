package tandem.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.ConsoleMessage;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Response;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a page must never do, collected for every page of a browser context: log an error, break the Content Security
 * Policy, throw, ask for a font (Tandem must not use GDS Transport or any web font) or reach beyond Tandem itself.
 * An error status page is a legitimate answer, so Chromium's own "failed to load" note for the page's document is
 * not a problem; the test asserts the status it expects.
 */
final class PageProblems {

	/** The page reports CSP violations as console errors, so a violation the browser does not log is caught too. */
	private static final String REPORT_CSP_VIOLATIONS = """
			document.addEventListener('securitypolicyviolation', event => console.error(
			    'Content Security Policy violation: ' + event.violatedDirective + ' blocked ' + event.blockedURI));
			""";

	private final String origin;

	private final List<String> problems = new ArrayList<>();

	private final Set<String> errorDocuments = new HashSet<>();

	private PageProblems(String origin) {
		this.origin = origin;
	}

	static PageProblems watch(BrowserContext context, String origin) {
		PageProblems watcher = new PageProblems(origin);
		context.addInitScript(REPORT_CSP_VIOLATIONS);
		context.onConsoleMessage(watcher::console);
		context.onWebError(error -> watcher.problems.add("uncaught error: " + error.error()));
		context.onRequest(watcher::request);
		context.onResponse(watcher::response);
		return watcher;
	}

	void assertNone() {
		assertThat(this.problems).as("console errors, CSP violations and unwanted requests").isEmpty();
	}

	private void console(ConsoleMessage message) {
		if (!"error".equals(message.type()) || isErrorDocumentNote(message)) {
			return;
		}
		this.problems.add("console error on " + message.location() + ": " + message.text());
	}

	private boolean isErrorDocumentNote(ConsoleMessage message) {
		return message.text().startsWith("Failed to load resource: the server responded with a status of")
				&& this.errorDocuments.stream().anyMatch(url -> message.location().equals(url)
						|| message.location().startsWith(url + ":"));
	}

	private void request(Request request) {
		URI uri = URI.create(request.url());
		if ("font".equals(request.resourceType()) || uri.getPath().startsWith("/assets/fonts/")) {
			this.problems.add("font requested: " + request.url());
		}
		if (!request.url().startsWith(this.origin + "/")) {
			this.problems.add("request beyond Tandem: " + request.url());
		}
	}

	private void response(Response response) {
		if (response.request().isNavigationRequest() && response.status() >= 400) {
			this.errorDocuments.add(response.url());
		}
	}

}
