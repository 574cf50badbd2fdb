package tandem.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import tandem.risk.RiskLevel;

/** A case as an agency system reads it: who is in it and who is working it, without contact details. */
record CaseSummaryResponse(UUID id, String reference, String area, @Nullable RiskLevel riskLevel, LocalDate openedOn,
		@Nullable LocalDate closedOn, List<Party> parties, List<Agency> agencies) {

	record Party(PartyRole role, @Nullable String givenName, @Nullable String familyName,
			@Nullable LocalDate dateOfBirth, @Nullable String relationshipToVictim) {
	}

	record Agency(String code, String name) {
	}

	static CaseSummaryResponse of(CaseDetails details) {
		Stream<Party> victim = Stream.ofNullable(details.victim()).map(party -> party(PartyRole.VICTIM, party));
		Stream<Party> perpetrators = details.perpetrators().stream().map(party -> party(PartyRole.PERPETRATOR, party));
		Stream<Party> children = details.children().stream().map(party -> party(PartyRole.CHILD, party));
		return new CaseSummaryResponse(details.id(), details.reference(), details.areaCode(), details.riskLevel(),
				details.openedOn(), details.closedOn(),
				Stream.of(victim, perpetrators, children).flatMap(parties -> parties).toList(),
				details.agencies().stream().map(agency -> new Agency(agency.code(), agency.name())).toList());
	}

	private static Party party(PartyRole role, CaseDetails.Party party) {
		return new Party(role, party.person().givenName(), party.person().familyName(), party.person().dateOfBirth(),
				party.relationship());
	}

}
