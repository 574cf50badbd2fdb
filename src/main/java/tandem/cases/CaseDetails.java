package tandem.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import tandem.person.PersonDetails;
import tandem.risk.RiskLevel;

/** A case as a viewer who may see it sees it. Only {@link CaseGate} hands these out. */
public record CaseDetails(UUID id, String reference, UUID areaId, String areaCode, String areaName, LocalDate openedOn,
		@Nullable LocalDate closedOn, boolean restricted, @Nullable RiskLevel riskLevel, @Nullable Party victim,
		List<Party> perpetrators, List<Party> children, List<Agency> agencies) {

	public CaseDetails {
		perpetrators = List.copyOf(perpetrators);
		children = List.copyOf(children);
		agencies = List.copyOf(agencies);
	}

	/** @param relationship to the victim, as recorded, e.g. EX_PARTNER */
	public record Party(PersonDetails person, @Nullable String relationship) {

		/** The relationship in words, e.g. "Ex partner" for EX_PARTNER. */
		public @Nullable String relationshipLabel() {
			if (this.relationship == null || this.relationship.isBlank()) {
				return null;
			}
			String words = this.relationship.replace('_', ' ').toLowerCase(java.util.Locale.UK);
			return Character.toUpperCase(words.charAt(0)) + words.substring(1);
		}

	}

	public record Agency(String code, String name) {
	}

}
