package tandem.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A service's casework on one case, as its workers see it.
 *
 * @param workerEnabled false when the allocated worker can no longer sign in (they have left): the case must be
 * reassigned
 */
record SupportCase(UUID id, UUID caseId, String caseReference, String victimName, UUID agencyId, String source, Instant receivedAt,
		@Nullable UUID workerUserId, @Nullable String workerName, boolean workerEnabled, @Nullable Instant allocatedAt,
		@Nullable Instant firstContactAt, @Nullable LocalDate reviewDueOn, @Nullable LocalDate closedOn,
		@Nullable ClosureReason closureReason, @Nullable String closureNote, @Nullable String riskLevel, int version) {

	public boolean open() {
		return this.closedOn == null;
	}

	public boolean allocated() {
		return this.workerUserId != null;
	}

	/** Allocated to someone who has left: shown to managers until it is reassigned. */
	public boolean needsReassigning() {
		return open() && allocated() && !this.workerEnabled;
	}

	public boolean reviewOverdue(LocalDate today) {
		return open() && this.reviewDueOn != null && !this.reviewDueOn.isAfter(today);
	}

}
