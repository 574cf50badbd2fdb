package tandem.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import tandem.ClusterJobs;
import tandem.audit.AuditSeals.ChainEnd;
import tandem.audit.AuditSeals.Seal;

/**
 * Chains committed audit events shortly after they commit (doc/adr/0003). Requests only insert their events; this
 * job, on one node at a time, appends a seal per waiting event in id order. The chain's order is the order of
 * sealing: an event whose transaction commits late is sealed in a later run, after events with higher ids.
 */
@Component
public class AuditSealer {

	static final String JOB = "audit-sealer";

	private final ClusterJobs jobs;

	private final AuditSeals seals;

	private final int batchSize;

	private final Clock clock;

	AuditSealer(ClusterJobs jobs, AuditSeals seals, AuditSettings settings, Clock clock) {
		this.jobs = jobs;
		this.seals = seals;
		this.batchSize = settings.sealBatchSize();
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${tandem.audit.seal-interval:1s}")
	void sealOnSchedule() {
		sealWaitingEvents();
	}

	/**
	 * Seals every waiting event, one short transaction per batch, unless another node is sealing. Public for work that
	 * must not start with a backlog, such as a benchmark after a bulk load; it returns early when another run holds
	 * the job, so such a caller repeats it until nothing waits.
	 * @return how many events this call sealed
	 */
	public long sealWaitingEvents() {
		long total = 0;
		int sealed;
		do {
			sealed = this.jobs.runAlone(JOB, this::sealOneBatch).orElse(0);
			total += sealed;
		}
		while (sealed == this.batchSize);
		return total;
	}

	private int sealOneBatch() {
		List<RecordedEvent> waiting = this.seals.waiting(this.batchSize);
		if (waiting.isEmpty()) {
			return 0;
		}
		ChainEnd end = this.seals.end();
		List<Seal> chained = new ArrayList<>(waiting.size());
		long sequence = end.sequence();
		byte[] previousHash = end.hash();
		for (RecordedEvent event : waiting) {
			byte[] hash = ChainHash.of(previousHash, event);
			chained.add(new Seal(++sequence, event.id(), previousHash, hash));
			previousHash = hash;
		}
		this.seals.append(chained, Instant.now(this.clock));
		return chained.size();
	}

}
