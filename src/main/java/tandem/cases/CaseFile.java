package tandem.cases;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import tandem.access.CaseAccessFacts;
import tandem.risk.RiskLevel;

/**
 * The shared case record: one victim's case, the people in it and the agencies working it.
 *
 * @param restricted when true, only the named users may see the case (e.g. a party works in a partner agency)
 * @param namedUsers the users explicitly given the case; on a restricted case, the only ones
 */
@Table("case_file")
record CaseFile(@Id UUID id, String reference, UUID areaId, LocalDate openedOn, @Nullable LocalDate closedOn,
		boolean restricted, @Nullable RiskLevel riskLevel, @MappedCollection(idColumn = "case_id") Set<CaseParty> parties,
		@MappedCollection(idColumn = "case_id") Set<InvolvedAgency> agencies,
		@MappedCollection(idColumn = "case_id") Set<NamedUser> namedUsers, @Version @Nullable Integer version) {

	CaseFile {
		parties = Set.copyOf(parties);
		agencies = Set.copyOf(agencies);
		namedUsers = Set.copyOf(namedUsers);
	}

	/** @param relationship to the victim, e.g. EX_PARTNER or SON */
	@Table("case_party")
	record CaseParty(UUID personId, PartyRole role, @Nullable String relationship) {
	}

	@Table("case_agency")
	record InvolvedAgency(UUID agencyId, LocalDate involvedSince) {
	}

	@Table("case_named_user")
	record NamedUser(UUID userId) {
	}

	/** The case at the risk level of its newest assessment. */
	CaseFile withRiskLevel(RiskLevel newestRiskLevel) {
		return new CaseFile(this.id, this.reference, this.areaId, this.openedOn, this.closedOn, this.restricted,
				newestRiskLevel, this.parties, this.agencies, this.namedUsers, this.version);
	}

	/** Everything the access policy needs, and nothing it does not. */
	CaseAccessFacts accessFacts() {
		return new CaseAccessFacts(this.id, this.areaId, this.restricted,
				this.agencies.stream().map(InvolvedAgency::agencyId).collect(Collectors.toSet()),
				this.namedUsers.stream().map(NamedUser::userId).collect(Collectors.toSet()));
	}

}
