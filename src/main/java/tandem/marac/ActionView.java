package tandem.marac;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** An action as its agency, the meeting screen and the minutes show it. */
record ActionView(UUID id, UUID caseId, String caseReference, UUID meetingId, LocalDate meetingOn, String agencyName,
		String ownerName, String description, LocalDate dueOn, String status, @Nullable String progress,
		@Nullable String outcome, int version) {

	public boolean overdueOn(LocalDate today) {
		return "OPEN".equals(this.status) && this.dueOn.isBefore(today);
	}

	public String statusLabel() {
		return switch (this.status) {
			case "OPEN" -> "Open";
			case "DONE" -> "Done";
			case "CIRCUMSTANCES_CHANGED" -> "Could not be done: circumstances changed";
			default -> "Not done";
		};
	}

}
