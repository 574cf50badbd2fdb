package tandem.triage;

import java.time.Instant;
import java.util.UUID;

/**
 * The triage meeting has routed a referral. Published inside the deciding transaction, for the modules that act on a
 * route (a MARAC referral is taken up by the MARAC side).
 */
public record TriageDecided(UUID triageItemId, UUID caseId, UUID areaId, TriageRoute route, Instant decidedAt) {
}
