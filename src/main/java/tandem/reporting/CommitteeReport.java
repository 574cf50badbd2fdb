package tandem.reporting;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Everything a committee report shows, already suppressed for publication: the same object feeds the page and the
 * PDF, so the two cannot differ.
 *
 * @param headline each figure this period against the period of the same length before it
 * @param trends each headline figure quarter by quarter, from a year before the period to its end
 * @param tables the splits the seed reports show (referring agency, risk level), quarter by quarter
 * @param equality the MARAC-threshold referrals of the period by each equality breakdown
 */
public record CommitteeReport(ReportScope scope, int suppressBelow, PublishedTable headline, List<DashboardFigure> trends,
		List<PublishedTable> tables, List<BreakdownTable> equality, List<Figure> definitions, Instant generatedAt,
		@Nullable Freshness freshness) {
}
