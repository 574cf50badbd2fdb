package tandem.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An onward referral as the receiving service's own system reads it: the shared fields and the status, nothing more
 * from the case. The consent answer is included so the service knows whether the person agreed.
 *
 * @param status SENT, ACCEPTED, DECLINED or CLOSED
 * @param engagement for perpetrator programmes: ATTENDING, DROPPED_OUT or COMPLETED
 */
public record IncomingReferral(UUID id, UUID serviceId, String serviceName, String fromAgency, Instant sentAt,
		String reason, boolean consentGiven, String subject, @Nullable String name, @Nullable LocalDate dateOfBirth,
		@Nullable String contact, @Nullable String contactSafeTimes, @Nullable String riskLevel,
		@Nullable String children, String status, @Nullable String declineReason, @Nullable String engagement,
		@Nullable String outcome) {

	static IncomingReferral of(OnwardReferral r) {
		return new IncomingReferral(r.id(), r.serviceId(), r.serviceName(), r.fromAgencyName(), r.sentAt(), r.reason(),
				"GIVEN".equals(r.consent()), r.sharedSubject(), r.sharedName(), r.sharedDateOfBirth(),
				r.sharedContact(), r.sharedContactSafeTimes(), r.sharedRiskLevel(), r.sharedChildren(),
				r.status().name(), r.declineReason(), r.engagement() == null ? null : r.engagement().name(),
				r.outcome());
	}

}
