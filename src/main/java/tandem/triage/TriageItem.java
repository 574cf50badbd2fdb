package tandem.triage;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One referral in an area's triage queue, waiting or decided. */
record TriageItem(UUID id, UUID caseId, String caseReference, @Nullable String riskLevel, String referringAgency,
		UUID areaId, Instant receivedAt, @Nullable TriageRoute route, @Nullable UUID serviceId,
		@Nullable String serviceName, @Nullable String reason, @Nullable Instant decidedAt,
		@Nullable String decidedBy, List<String> actions, int version) {

	TriageItem {
		actions = List.copyOf(actions);
	}

	public boolean waiting() {
		return this.route == null;
	}

	/** Until now while it waits; until the decision once decided. */
	public String waited(Instant now) {
		return Waiting.describe(Duration.between(this.receivedAt, this.decidedAt == null ? now : this.decidedAt));
	}

}
