package tandem.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import tandem.TandemIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command exactly as an operator runs it: the packaged jar in a process of its own, pointed at a database of its
 * own (the build packages the jar before it runs integration tests).
 */
@TandemIntegrationTest
class AuditChainCheckCommandIntegrationTest {

	private static final Path JAR = Path.of("target", "tandem.jar");

	@Autowired
	DataSource shared;

	@Test
	void exitsWithZeroWhenTheTrailIsIntactAndOneNamingTheLinkWhenItIsNot() throws Exception {
		assertThat(JAR).as("the packaged jar; run the tests through Maven").exists();
		try (SeparateAuditDatabase database = SeparateAuditDatabase.besides(this.shared,
				new AuditSettings(100, 100, Duration.ofMinutes(5)))) {
			long event = database.record("command");
			database.sealer.sealWaitingEvents();

			Run intact = run(database);
			assertThat(intact.exitCode()).as(intact.output()).isZero();
			assertThat(intact.output()).contains("The audit chain holds: all 1 seals match their events");

			database.tamper("audit_event", "update audit_event set detail = 'rewritten' where id = " + event);
			Run broken = run(database);
			assertThat(broken.exitCode()).as(broken.output()).isEqualTo(1);
			assertThat(broken.output()).contains("The first broken link is seal 1 (audit event " + event + ")");
		}
	}

	private static Run run(SeparateAuditDatabase database) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-XX:TieredStopAtLevel=1", "-jar",
				JAR.toString(), "--tandem.audit.verify", "--spring.main.banner-mode=off", "--logging.level.root=warn"));
		command.addAll(database.connectionArguments());
		Path output = Files.createTempFile("audit-check", ".txt");
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
		try {
			assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("the command finished").isTrue();
			return new Run(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
		}
		finally {
			process.destroyForcibly();
			Files.deleteIfExists(output);
		}
	}

	private record Run(int exitCode, String output) {
	}

}
