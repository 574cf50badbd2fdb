package tandem.demo;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

class DemoPartnershipLoaderTest {

	@Test
	void refusesToPutThePublishedPasswordsIntoAConfiguredDatabase() {
		MockEnvironment production = new MockEnvironment()
			.withProperty("spring.datasource.url", "jdbc:postgresql://db.example:5432/tandem");

		assertThatIllegalStateException().isThrownBy(() -> DemoPartnershipLoader.refuseConfiguredDatabase(production))
			.withMessageContaining("embedded database");
	}

	@Test
	void loadsIntoTheEmbeddedDatabaseOrATestServerThatAllowsIt() {
		MockEnvironment testServer = new MockEnvironment()
			.withProperty("spring.datasource.url", "jdbc:postgresql://localhost:5432/tandem_test")
			.withProperty("tandem.demo.allow-configured-database", "true");

		assertThatNoException().isThrownBy(() -> DemoPartnershipLoader.refuseConfiguredDatabase(new MockEnvironment()));
		assertThatNoException().isThrownBy(() -> DemoPartnershipLoader.refuseConfiguredDatabase(testServer));
	}

}
