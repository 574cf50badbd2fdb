package tandem.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An onward referral as both ends see it: what the referrer chose to share (the shared fields, copied when it was
 * sent) and where it stands. It carries nothing else from the case.
 */
record OnwardReferral(UUID id, UUID caseId, UUID serviceId, String serviceName, ServiceKind serviceKind,
		UUID toAgencyId, String toAgencyName, UUID fromAgencyId, String fromAgencyName, Instant sentAt, String reason,
		String consent, @Nullable String lawfulBasis, @Nullable String lawfulBasisNote, String sharedSubject,
		@Nullable String sharedName, @Nullable LocalDate sharedDateOfBirth, @Nullable String sharedContact,
		@Nullable String sharedContactSafeTimes, @Nullable String sharedRiskLevel, @Nullable String sharedChildren,
		Status status, @Nullable Instant decidedAt, @Nullable String declineReason, @Nullable Engagement engagement,
		@Nullable Boolean mandated, @Nullable String outcome, int version) {

	enum Status {

		SENT("Waiting for a decision"), ACCEPTED("Accepted"), DECLINED("Declined"), CLOSED("Closed");

		private final String label;

		Status(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	/** How a perpetrator engages with a programme after it accepts them. */
	enum Engagement {

		ATTENDING("Attending"), DROPPED_OUT("Dropped out"), COMPLETED("Completed");

		private final String label;

		Engagement(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	public @Nullable String lawfulBasisLabel() {
		return this.lawfulBasis == null ? null : LawfulBasis.valueOf(this.lawfulBasis).label();
	}

	boolean isFor(UUID agencyId) {
		return this.toAgencyId.equals(agencyId);
	}

	boolean isFrom(UUID agencyId) {
		return this.fromAgencyId.equals(agencyId);
	}

}
