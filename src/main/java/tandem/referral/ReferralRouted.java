package tandem.referral;

import java.time.Instant;
import java.util.UUID;

/**
 * A referral has been taken in and routed. Published inside the intake's transaction, so a listener that records it
 * (the IDVA service's incoming cases, the triage queue) commits or rolls back with the referral itself.
 */
public record ReferralRouted(UUID referralId, UUID caseId, UUID areaId, Route route, Instant routedAt) {
}
