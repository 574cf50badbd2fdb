package tandem.access;

import java.time.ZonedDateTime;
import java.util.UUID;

/** One emergency access grant as the reviewing coordinator sees it. */
record GrantToReview(UUID id, UUID caseId, String caseReference, String userName, String agencyName,
		ZonedDateTime grantedAt, ZonedDateTime expiresAt, boolean active, String reason) {
}
