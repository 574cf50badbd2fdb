package tandem.cases;

import java.util.UUID;

/**
 * Published by {@link CaseRegister}, inside the transaction that opens a case or adds to it, so that whoever watches
 * for the same person in several cases (serial perpetrators, repeat victims) looks again at this case's people.
 */
public record CasePartiesAdded(UUID caseId) {
}
