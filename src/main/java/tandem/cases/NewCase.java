package tandem.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import tandem.risk.RiskLevel;

/** A case to open: one victim and episode of abuse, the people in it and the agencies working it. */
public record NewCase(UUID areaId, String areaCode, LocalDate openedOn, UUID victimId, List<Perpetrator> perpetrators,
		List<UUID> childIds, Set<UUID> agencyIds, RiskLevel riskLevel) {

	public NewCase {
		perpetrators = List.copyOf(perpetrators);
		childIds = List.copyOf(childIds);
		agencyIds = Set.copyOf(agencyIds);
	}

	/** @param relationship to the victim, e.g. EX_PARTNER */
	public record Perpetrator(UUID personId, @Nullable String relationship) {
	}

}
