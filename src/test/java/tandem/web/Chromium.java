package tandem.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.slf4j.LoggerFactory;

/**
 * One Playwright and one Debian Chromium per test class, closed by JUnit when the class is done. Playwright never
 * downloads a browser of its own. A missing Chromium skips the class, unless {@code TANDEM_REQUIRE_BROWSER=true}
 * (CI) makes it a failure, so that browser tests cannot silently stop running there.
 */
final class Chromium implements BeforeAllCallback, ParameterResolver {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Chromium.class);

	/** Headless, and quiet: these machines have no internet, and Chromium's background calls only fail noisily. */
	private static final List<String> ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
			"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

	@Override
	public void beforeAll(ExtensionContext context) {
		Path executable = executable();
		if (!Files.isExecutable(executable)) {
			String message = "No Chromium at " + executable + ": install it with `apt-get install chromium` "
					+ "(or point TANDEM_CHROMIUM at one).";
			if ("true".equalsIgnoreCase(System.getenv("TANDEM_REQUIRE_BROWSER"))) {
				throw new IllegalStateException(message + " TANDEM_REQUIRE_BROWSER=true, so browser tests must run.");
			}
			String skipped = message + " " + context.getDisplayName() + " skipped; TANDEM_REQUIRE_BROWSER=true fails instead.";
			// Test reports count a skipped class as no tests at all, so the reason is also said out loud.
			LoggerFactory.getLogger(Chromium.class).warn(skipped);
			Assumptions.abort(skipped);
		}
		context.getStore(NAMESPACE).computeIfAbsent(Launched.class, key -> Launched.start(executable));
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == Browser.class;
	}

	@Override
	public Browser resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return context.getStore(NAMESPACE).get(Launched.class, Launched.class).browser();
	}

	private static Path executable() {
		String configured = System.getenv("TANDEM_CHROMIUM");
		return Paths.get(configured == null || configured.isBlank() ? "/usr/bin/chromium" : configured);
	}

	/** Closing Playwright also closes the browser and every context still open. */
	private record Launched(Playwright playwright, Browser browser) implements AutoCloseable {

		static Launched start(Path executable) {
			Playwright playwright = Playwright.create(new Playwright.CreateOptions()
				.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
			try {
				return new Launched(playwright, playwright.chromium()
					.launch(new BrowserType.LaunchOptions().setExecutablePath(executable).setHeadless(true).setArgs(ARGS)));
			}
			catch (RuntimeException ex) {
				playwright.close();
				throw ex;
			}
		}

		@Override
		public void close() {
			this.playwright.close();
		}

	}

}
