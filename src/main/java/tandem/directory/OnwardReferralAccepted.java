package tandem.directory;

import java.time.Instant;
import java.util.UUID;

/**
 * A service has accepted an onward referral and now works the case. Published inside the accepting transaction, so
 * the service's own casework record is opened with it or not at all.
 */
public record OnwardReferralAccepted(UUID onwardReferralId, UUID caseId, UUID agencyId, ServiceKind serviceKind,
		Instant acceptedAt) {
}
