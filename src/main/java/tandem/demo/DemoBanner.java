package tandem.demo;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import tandem.agency.Role;

/**
 * Tells whoever started the demo where it is and how to sign in, once it is ready. It prints the published demo
 * credentials only (the same as the README) and nothing about the people in the demo.
 */
@Component
@ConditionalOnBooleanProperty("tandem.demo.enabled")
class DemoBanner {

	private static final int WIDTH = 78;

	private final Environment environment;

	DemoBanner(Environment environment) {
		this.environment = environment;
	}

	/** Printed to the console rather than logged: it is for the person at the terminal, not for log files. */
	@EventListener(ApplicationReadyEvent.class)
	void ready() {
		// The port the server really listens on; absent when there is no server (tests on a mock web environment).
		String port = this.environment.getProperty("local.server.port");
		if (port != null) {
			String dataDirectory = this.environment.getProperty("tandem.database.data-directory", "tandem-data");
			System.out.println(text(port, dataDirectory));
		}
	}

	static String text(String port, String dataDirectory) {
		String rule = "=".repeat(WIDTH);
		return String.join(System.lineSeparator(), "", rule,
				"  Tandem demo partnership is running at http://localhost:" + port,
				"",
				"  Every demo sign-in has the password: " + DemoSignIns.PASSWORD,
				"",
				signIns(),
				"",
				"  API clients: <area>-<agency> with secret demo-<area>-<agency>,",
				"  e.g. north-police / demo-north-police. See README.md for the full list.",
				"",
				"  Everything in the demo is fictional. Its data is kept between runs in",
				"  ./" + dataDirectory + "; delete that folder to start again afresh.",
				rule, "");
	}

	/** The usernames that hold each role, wrapped to the banner's width. */
	private static String signIns() {
		return Stream.of(Role.values())
			.map(role -> wrap("  %-23s".formatted(role.label() + ":"), DemoSignIns.USERS.stream()
				.filter(user -> user.roles().contains(role))
				.map(DemoUser::username)
				.toList()))
			.collect(Collectors.joining(System.lineSeparator()));
	}

	private static String wrap(String label, List<String> usernames) {
		StringBuilder text = new StringBuilder(label);
		int lineStart = 0;
		for (int i = 0; i < usernames.size(); i++) {
			String next = usernames.get(i) + (i < usernames.size() - 1 ? "," : "");
			if (text.length() - lineStart + 1 + next.length() > WIDTH) {
				lineStart = text.length() + System.lineSeparator().length();
				text.append(System.lineSeparator()).append(" ".repeat(label.length()));
			}
			text.append(' ').append(next);
		}
		return text.toString();
	}

}
