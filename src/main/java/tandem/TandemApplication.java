package tandem;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Tandem: one shared, need-to-know record for a domestic abuse partnership. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class TandemApplication {

	public static void main(String[] args) {
		SpringApplication.run(TandemApplication.class, args);
	}

}
