package tandem.alerts;

import java.util.UUID;

/**
 * One case in which one of a person's records is a victim or perpetrator.
 *
 * @param personId the record named in this case
 * @param victim the case's victim as a person (the record they were combined into, or their own), so that two
 * records of one victim count as one victim
 */
record CaseLink(UUID caseId, UUID areaId, String reference, boolean restricted, AlertKind kind, UUID personId,
		UUID victim) {
}
