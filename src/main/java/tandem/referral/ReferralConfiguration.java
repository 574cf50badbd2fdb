package tandem.referral;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReferralConfiguration {

	@Bean
	ReferralValidator referralValidator(Clock clock) {
		return new ReferralValidator(clock);
	}

}
