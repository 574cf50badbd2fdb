package tandem.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the cases-behind page shows.
 *
 * @param figureValue the figure's own count for the scope, from the monthly counts
 * @param truncated whether more rows were visible than {@link #limit}
 */
public record CasesBehindListing(List<Row> rows, long figureValue, boolean truncated, int limit) {

	/** One counted fact on a case the viewer may see: reference and date, never a name. */
	public record Row(UUID caseId, String reference, LocalDate occurredOn, String areaName) {
	}

	public CasesBehindListing {
		rows = List.copyOf(rows);
	}

}
