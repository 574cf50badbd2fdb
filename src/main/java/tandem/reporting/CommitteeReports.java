package tandem.reporting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/** Puts a committee report together for a scope, suppressed at the partnership's publication threshold. */
@Service
class CommitteeReports {

	/** How many quarters before the period the trend charts start. */
	private static final int TREND_QUARTERS_BEFORE = 4;

	private final FigureCatalogue catalogue;

	private final FigureTables tables;

	private final Dashboards dashboards;

	private final ReportSettings settings;

	private final ReportRefresh refresh;

	private final Clock clock;

	CommitteeReports(FigureCatalogue catalogue, FigureTables tables, Dashboards dashboards, ReportSettings settings,
			ReportRefresh refresh, Clock clock) {
		this.catalogue = catalogue;
		this.tables = tables;
		this.dashboards = dashboards;
		this.settings = settings;
		this.refresh = refresh;
		this.clock = clock;
	}

	CommitteeReport report(ReportScope scope) {
		int below = this.settings.suppressBelow();
		List<Figure> headlineFigures = this.catalogue.all()
			.stream()
			.filter(figure -> figure.primaryBreakdown() == Breakdown.TOTAL)
			.toList();
		ReportPeriod period = scope.period();
		List<Span> comparison = List.of(Span.of(period.previous()), Span.of(period));
		List<PublishedTable.Row> headlineRows = new ArrayList<>();
		List<DashboardFigure> trends = new ArrayList<>();
		// A year before the period, within the five years a period may cover.
		Quarter trendFirst = period.first().plus(-TREND_QUARTERS_BEFORE);
		Quarter earliest = period.last().plus(1 - ReportPeriod.MAX_QUARTERS);
		List<Span> trendSpans = new ReportPeriod(trendFirst.compareTo(earliest) < 0 ? earliest : trendFirst,
				period.last()).quarters()
			.stream()
			.map(Span::of)
			.toList();
		for (Figure figure : headlineFigures) {
			PublishedTable pair = this.tables.table(figure, Breakdown.TOTAL, scope.areaId(), comparison, below);
			List<String> values = pair.rows().get(0).values();
			headlineRows.add(new PublishedTable.Row(figure.title(),
					List.of(values.get(0), values.get(1), change(values.get(0), values.get(1))), false));
			PublishedTable trend = this.tables.table(figure, Breakdown.TOTAL, scope.areaId(), trendSpans, below);
			trends.add(new DashboardFigure(figure, trend, BarChart.of("trend-" + figure.id(), trend, trend.headlineRow())));
		}
		PublishedTable headline = new PublishedTable("Headline figures", List.of("Figure", comparison.get(0).label(),
				comparison.get(1).label(), "Change"), headlineRows, true,
				headlineRows.stream().anyMatch(row -> row.values().contains(PublishedTable.HIDDEN)));
		List<PublishedTable> splits = new ArrayList<>();
		for (Figure figure : this.catalogue.all()) {
			if (figure.primaryBreakdown() != Breakdown.TOTAL) {
				splits.add(this.tables.table(figure, figure.primaryBreakdown(), scope.areaId(), scope.quarterSpans(),
						below));
			}
		}
		Figure threshold = this.catalogue.byId("marac-referrals").orElseThrow();
		return new CommitteeReport(scope, below, headline, trends, splits,
				this.dashboards.equality(threshold, scope, below), this.catalogue.all(), Instant.now(this.clock),
				this.refresh.freshness().orElse(null));
	}

	/** The change between two published values; none when either is hidden or not a number. */
	static String change(String before, String after) {
		BigDecimal from = number(before);
		BigDecimal to = number(after);
		if (from == null || to == null) {
			return "Not shown";
		}
		BigDecimal difference = to.subtract(from);
		String text = difference.abs().toPlainString();
		return difference.signum() > 0 ? "Up " + text : difference.signum() < 0 ? "Down " + text : "No change";
	}

	private static @Nullable BigDecimal number(String text) {
		try {
			return new BigDecimal(text.replace(",", ""));
		}
		catch (NumberFormatException notANumber) {
			return null;
		}
	}

}
