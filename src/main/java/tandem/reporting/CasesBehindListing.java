package tandem.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the cases-behind page shows.
 *
 * @param counted everything the figure counted in the scope
 * @param notListed things counted on cases this person may not see, or beyond {@link #limit}
 */
public record CasesBehindListing(List<Row> rows, long counted, long notListed, int limit) {

	/** One counted fact on a case the viewer may see: reference and date, never a name. */
	public record Row(UUID caseId, String reference, LocalDate occurredOn, String areaName) {
	}

	public CasesBehindListing {
		rows = List.copyOf(rows);
	}

}
