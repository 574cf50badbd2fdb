package tandem.reporting;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import tandem.ClusterJobs;

/** Catches the counts up every few minutes, and rebuilds them every night, on one node at a time. */
@Component
class ReportRefreshJob {

	private final ClusterJobs jobs;

	private final ReportRefresh refresh;

	ReportRefreshJob(ClusterJobs jobs, ReportRefresh refresh) {
		this.jobs = jobs;
		this.refresh = refresh;
	}

	@Scheduled(initialDelayString = "${tandem.reporting.first-refresh:30s}",
			fixedDelayString = "${tandem.reporting.refresh-interval:5m}")
	void catchUp() {
		this.jobs.runAlone("report-catch-up", this.refresh::catchUp);
	}

	@Scheduled(cron = "${tandem.reporting.rebuild-cron:0 30 2 * * *}", zone = "Europe/London")
	void rebuild() {
		this.jobs.runAlone("report-rebuild", this.refresh::rebuild);
	}

}
