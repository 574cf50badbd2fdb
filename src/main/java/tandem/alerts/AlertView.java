package tandem.alerts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import tandem.agency.AreaDirectory.AreaContacts;

/**
 * An alert as the area's coordinators see it: only their own cases, and for every other area only its name and whom
 * to call. Nothing of another area's case (reference, victim, risk, content) is ever put in here (doc/adr/0105).
 *
 * @param yourCases references of the area's own cases in which the person has the role, restricted ones left out
 * @param restrictedCases how many of the area's own cases are restricted to their named users
 * @param elsewhere the other areas in which the person has the role
 * @param acknowledged when, by whom and with what note a coordinator of the area acknowledged it; null while open
 */
record AlertView(UUID id, AlertKind kind, Instant raisedAt, List<String> yourCases, int restrictedCases,
		List<AreaContacts> elsewhere, @Nullable Acknowledgement acknowledged) {

	record Acknowledgement(Instant at, String by, @Nullable String note) {
	}

	AlertView {
		yourCases = List.copyOf(yourCases);
		elsewhere = List.copyOf(elsewhere);
	}

	public String role() {
		return this.kind.role();
	}

	/** The heading of the alert, e.g. "Perpetrator known in another area". */
	public String heading() {
		if (this.kind == AlertKind.REPEAT_VICTIM) {
			return "Victim known in another area";
		}
		return onlyOwnCases() ? "Perpetrator with more than one victim" : "Perpetrator known in another area";
	}

	/** Which of the area's own cases the alert is about, e.g. "your cases TDM-1, TDM-2". */
	public String yourCasesText() {
		List<String> parts = new ArrayList<>();
		if (!this.yourCases.isEmpty()) {
			parts.add((this.yourCases.size() == 1 ? "your case " : "your cases ") + String.join(", ", this.yourCases));
		}
		if (this.restrictedCases > 0) {
			parts.add(this.restrictedCases == 1 ? "a restricted case of your area"
					: this.restrictedCases + " restricted cases of your area");
		}
		return String.join(" and ", parts);
	}

	/** A perpetrator whose other victims are in this area's own cases. */
	public boolean onlyOwnCases() {
		return this.elsewhere.isEmpty();
	}

}
