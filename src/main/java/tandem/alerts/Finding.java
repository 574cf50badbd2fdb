package tandem.alerts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What one person's cases show: a perpetrator with two or more different victims or in two or more areas, a victim in
 * two or more areas. Plain Java, so that the rule is tested on its own.
 *
 * @param areas every area with a case in the finding: each is told
 * @param caseIds every case in the finding
 */
record Finding(AlertKind kind, Set<UUID> areas, Set<UUID> caseIds) {

	Finding {
		areas = Set.copyOf(areas);
		caseIds = Set.copyOf(caseIds);
	}

	/** At most one finding of each kind. */
	static List<Finding> in(Collection<CaseLink> links) {
		List<Finding> found = new ArrayList<>();
		for (AlertKind kind : AlertKind.values()) {
			List<CaseLink> asKind = links.stream().filter(link -> link.kind() == kind).toList();
			Set<UUID> areas = asKind.stream().map(CaseLink::areaId).collect(Collectors.toSet());
			long victims = asKind.stream().map(CaseLink::victim).distinct().count();
			if (areas.size() >= 2 || (kind == AlertKind.SERIAL_PERPETRATOR && victims >= 2)) {
				found.add(new Finding(kind, areas, asKind.stream().map(CaseLink::caseId).collect(Collectors.toSet())));
			}
		}
		return found;
	}

	/** The finding of this kind that concerns this area, if the links still show one. */
	static Optional<Finding> in(Collection<CaseLink> links, AlertKind kind, UUID areaId) {
		return in(links).stream().filter(f -> f.kind() == kind && f.areas().contains(areaId)).findFirst();
	}

}
