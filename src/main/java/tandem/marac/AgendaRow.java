package tandem.marac;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import tandem.risk.RiskLevel;

/**
 * One case on an agenda as one viewer may see it. Fields the viewer is not entitled to are null or empty.
 *
 * @param lastHeardOn for a repeat, the date the case was last heard at a MARAC
 * @param lastHeardActions how many actions that hearing agreed, its outcome in brief
 */
record AgendaRow(UUID itemId, UUID caseId, int version, AgendaCategory category, boolean heard, boolean deferred,
		@Nullable String transferFrom, Sight sight, @Nullable String reference, @Nullable String victimName,
		@Nullable LocalDate victimBornOn, @Nullable RiskLevel riskLevel, int children, List<String> agencies,
		@Nullable LocalDate lastHeardOn, int lastHeardActions) {

	/** How much of the case the viewer sees on the agenda. */
	enum Sight {
		/** The access policy lets the viewer see the case. */
		CASE,
		/** An invited agency not involved in the case: the name and date of birth it needs to research. */
		NAME_FOR_RESEARCH,
		/** The reference only (an observer). */
		REFERENCE,
		/** A restricted case the viewer is not named on: nothing. */
		NOTHING
	}

	public boolean repeat() {
		return this.category == AgendaCategory.REPEAT;
	}

}
