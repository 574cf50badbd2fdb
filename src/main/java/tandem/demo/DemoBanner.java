package tandem.demo;

import java.util.List;
import java.util.stream.Collectors;

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
		String rule = "=".repeat(78);
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
				"  Everything in the demo is fictional. Its data is kept between runs in ./" + dataDirectory + ";",
				"  delete that folder to start again from a fresh demo.",
				rule, "");
	}

	/** One line per role: the usernames that hold it. */
	private static String signIns() {
		return List.of(Role.values())
			.stream()
			.map(role -> "  %-23s %s".formatted(role.label() + ":", DemoSignIns.USERS.stream()
				.filter(user -> user.roles().contains(role))
				.map(DemoUser::username)
				.collect(Collectors.joining(", "))))
			.collect(Collectors.joining(System.lineSeparator()));
	}

}
