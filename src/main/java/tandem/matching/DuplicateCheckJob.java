package tandem.matching;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import tandem.audit.AuditActor;

/** The nightly duplicate check, on whichever node takes the job first; the others skip it. */
@Component
class DuplicateCheckJob {

	static final AuditActor NIGHTLY = AuditActor.system("nightly duplicate check");

	private final DuplicateCheck check;

	DuplicateCheckJob(DuplicateCheck check) {
		this.check = check;
	}

	@Scheduled(cron = "${tandem.matching.duplicate-check.cron:0 0 1 * * *}", zone = "Europe/London")
	void nightly() {
		this.check.runNow(NIGHTLY);
	}

}
