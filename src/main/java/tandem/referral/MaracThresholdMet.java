package tandem.referral;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A case met the MARAC threshold: a referral routed to the area's MARAC, or a reassessment of an open case that now
 * meets it. Published inside the transaction that records it, so the case lands on an agenda all or nothing.
 *
 * @param referralId the referral that met it; null for a reassessment
 * @param on the date of the referral or reassessment, against which meeting cut-offs are counted
 * @param repeat whether the referral is a repeat (the same victim and perpetrator within 12 months)
 */
public record MaracThresholdMet(UUID caseId, UUID areaId, @Nullable UUID referralId, LocalDate on, boolean repeat) {
}
