package tandem.audit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the audit chain is sealed and checked. The sealer's interval is {@code tandem.audit.seal-interval} (default 1s),
 * read by its {@code @Scheduled} annotation.
 *
 * @param sealBatchSize events sealed per transaction
 * @param checkBatchSize seals read per query by the chain check
 * @param unsealedTolerance how long an event may wait for its seal before the check reports it (unset when bound
 * from no property; the compact constructor supplies the default)
 */
@ConfigurationProperties("tandem.audit")
record AuditSettings(int sealBatchSize, int checkBatchSize, Duration unsealedTolerance) {

	AuditSettings {
		sealBatchSize = sealBatchSize > 0 ? sealBatchSize : 5_000;
		checkBatchSize = checkBatchSize > 0 ? checkBatchSize : 5_000;
		unsealedTolerance = unsealedTolerance != null ? unsealedTolerance : Duration.ofMinutes(5);
	}

}
