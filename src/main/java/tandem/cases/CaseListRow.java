package tandem.cases;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import tandem.risk.RiskLevel;

/** One case in a list: enough to recognise it and open it. */
public record CaseListRow(UUID id, String reference, String victimName, @Nullable RiskLevel riskLevel,
		LocalDate openedOn) {
}
