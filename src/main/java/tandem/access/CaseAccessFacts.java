package tandem.access;

import java.util.Set;
import java.util.UUID;

/**
 * What the access policy needs to know about a case, and nothing more: no names, no content. The cases module loads
 * these, so that this module never reads case tables.
 *
 * @param involvedAgencyIds the agencies working the case
 * @param namedUserIds the users named on the case; on a restricted case, the only people who may see it
 */
public record CaseAccessFacts(UUID caseId, UUID areaId, boolean restricted, Set<UUID> involvedAgencyIds,
		Set<UUID> namedUserIds) {

	public CaseAccessFacts {
		involvedAgencyIds = Set.copyOf(involvedAgencyIds);
		namedUserIds = Set.copyOf(namedUserIds);
	}

}
