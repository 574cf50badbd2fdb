package tandem.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import tandem.agency.Role;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's list of demo sign-ins and API clients is what the demo really creates. */
class DemoReadmeTest {

	private final String readme = read();

	@Test
	void listsEverySignInWithItsRolesAreaAndAgencyAndThePassword() {
		assertThat(this.readme).contains("`" + DemoSignIns.PASSWORD + "`");
		for (DemoUser user : DemoSignIns.USERS) {
			String row = this.readme.lines()
				.filter(line -> line.startsWith("| `" + user.username() + "` |"))
				.findFirst()
				.orElseThrow(() -> new AssertionError(user.username() + " is not in the README"));
			for (Role role : user.roles()) {
				assertThat(row).as(user.username()).contains(role.label());
			}
			assertThat(row).as(user.username()).endsWith("| " + user.area().code() + " `" + user.agency().code() + "` |");
		}
	}

	@Test
	void listsEveryApiClientWithItsSecret() {
		for (DemoArea area : DemoArea.values()) {
			for (DemoAgency agency : DemoAgency.values()) {
				assertThat(this.readme)
					.contains("`" + agency.clientIdIn(area) + "` / `" + agency.clientSecretIn(area) + "`");
			}
		}
	}

	private static String read() {
		try {
			return Files.readString(Path.of("README.md"));
		}
		catch (IOException ex) {
			throw new AssertionError("README.md should be in the project folder the tests run in", ex);
		}
	}

}
