package tandem.demo;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import tandem.TandemIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Without {@code tandem.demo.enabled} (every profile but demo) nothing of the demo is even created. */
@TandemIntegrationTest
class DemoOffByDefaultIntegrationTest {

	@Autowired
	ApplicationContext context;

	@Test
	void noDemoLoaderWritersOrBanner() {
		assertThat(this.context.getBeanNamesForType(DemoPartnershipLoader.class)).isEmpty();
		assertThat(this.context.getBeanNamesForType(DemoPartnershipWriter.class)).isEmpty();
		assertThat(this.context.getBeanNamesForType(DemoCaseWriter.class)).isEmpty();
		assertThat(this.context.getBeanNamesForType(DemoBanner.class)).isEmpty();
	}

}
