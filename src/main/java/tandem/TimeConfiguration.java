package tandem;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole application, so that tests can fix the date that deadlines and windows depend on. */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

	/** Partnerships work on UK time: deadlines, cut-offs and "today" are London dates. */
	static final ZoneId UK = ZoneId.of("Europe/London");

	@Bean
	Clock clock() {
		return Clock.system(UK);
	}

}
