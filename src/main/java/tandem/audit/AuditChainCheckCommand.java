package tandem.audit;

import java.io.PrintStream;
import java.util.Map;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar tandem.jar --tandem.audit.verify}: checks the audit chain, prints the result in plain words and
 * exits with 0 when the trail is intact, 1 when it is not. Events left waiting when Tandem last stopped are sealed
 * first, so that they are not mistaken for events kept from the sealer; those would still be reported.
 */
@Component
@ConditionalOnProperty(AuditChainCheckCommand.PROPERTY)
class AuditChainCheckCommand implements ApplicationRunner {

	static final String PROPERTY = "tandem.audit.verify";

	private final AuditSealer sealer;

	private final AuditChainVerifier verifier;

	private final ConfigurableApplicationContext context;

	AuditChainCheckCommand(AuditSealer sealer, AuditChainVerifier verifier, ConfigurableApplicationContext context) {
		this.sealer = sealer;
		this.verifier = verifier;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		int exitCode = checkAndReport(System.out);
		System.exit(SpringApplication.exit(this.context, () -> exitCode));
	}

	int checkAndReport(PrintStream out) {
		this.sealer.sealWaitingEvents();
		AuditChainCheck check = this.verifier.checkAs(AuditActor.system("audit chain check command"));
		out.println(check.summary());
		if (check.lastHash() != null) {
			out.println("Fingerprint of the last intact seal: " + check.lastHash());
		}
		return check.intact() ? 0 : 1;
	}

	/**
	 * The command runs without a web server, so that it can run beside a Tandem that is serving on the same machine.
	 */
	static class WithoutWebServer implements EnvironmentPostProcessor {

		@Override
		public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
			if (environment.containsProperty(PROPERTY) && !"false".equals(environment.getProperty(PROPERTY))) {
				environment.getPropertySources()
					.addFirst(new MapPropertySource("auditChainCheckCommand",
							Map.of("spring.main.web-application-type", "none")));
			}
		}

	}

}
