package tandem.demo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import tandem.TandemApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Started as in production but with no database named and no demo profile, Tandem must refuse to start and say how
 * to fix it: real data must never land in a throwaway database. Not a {@code @TandemIntegrationTest}, because the
 * point is to start without the test profile's embedded database.
 */
@ExtendWith(OutputCaptureExtension.class)
class RefusalToStartIntegrationTest {

	@Test
	void withNeitherADatabaseNorTheDemoProfileTandemRefusesAndSaysWhy(CapturedOutput output) {
		SpringApplication tandem = new SpringApplication(TandemApplication.class);

		// Empty values override any SPRING_DATASOURCE_URL or SPRING_PROFILES_ACTIVE in the environment running the test.
		Throwable failure = catchThrowable(() -> tandem.run("--spring.profiles.active=", "--spring.datasource.url=",
				"--tandem.database.embedded=none", "--server.port=0", "--spring.main.banner-mode=off"));

		assertThat(failure).isNotNull();
		assertThat(rootCause(failure).getClass().getName()).isEqualTo("tandem.DatabaseNotConfiguredException");
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Tandem will not start without a database")
			.contains("Real case data must never be written to a throwaway demo database")
			.contains("SPRING_DATASOURCE_URL")
			.contains("--spring.profiles.active=demo");
	}

	private static Throwable rootCause(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause;
	}

}
