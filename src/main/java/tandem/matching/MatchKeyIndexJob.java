package tandem.matching;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keys people loaded in bulk soon after start and every night. People added through referrals are keyed as they are
 * added, so between runs the index lacks only people loaded past the register.
 */
@Component
class MatchKeyIndexJob {

	private final MatchKeyIndex index;

	MatchKeyIndexJob(MatchKeyIndex index) {
		this.index = index;
	}

	@Scheduled(initialDelayString = "${tandem.matching.first-key-catch-up:30s}")
	void afterStart() {
		this.index.catchUp();
	}

	@Scheduled(cron = "${tandem.matching.key-catch-up-cron:0 0 2 * * *}", zone = "Europe/London")
	void nightly() {
		this.index.catchUp();
	}

}
