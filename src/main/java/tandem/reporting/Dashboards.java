package tandem.reporting;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/** Puts figures together for a scope: the dashboard (every figure, its main breakdown) and equality tables. */
@Service
class Dashboards {

	private final FigureCatalogue catalogue;

	private final FigureTables tables;

	private final ReportSettings settings;

	Dashboards(FigureCatalogue catalogue, FigureTables tables, ReportSettings settings) {
		this.catalogue = catalogue;
		this.tables = tables;
		this.settings = settings;
	}

	/** @param suppressBelow null for the internal dashboard; the threshold for anything published */
	List<DashboardFigure> dashboard(ReportScope scope, @Nullable Integer suppressBelow) {
		List<Span> spans = scope.quarterSpans();
		return this.catalogue.all().stream().map(figure -> {
			PublishedTable table = this.tables.table(figure, figure.primaryBreakdown(), scope.areaId(), spans,
					suppressBelow);
			return new DashboardFigure(figure, table, BarChart.of("chart-" + figure.id(), table, table.headlineRow()));
		}).toList();
	}

	/**
	 * One table per equality breakdown of a figure, each over the whole period; for one area, each category's share
	 * beside the area's population share where the analyst recorded one.
	 */
	List<BreakdownTable> equality(Figure figure, ReportScope scope, @Nullable Integer suppressBelow) {
		List<Span> whole = List.of(Span.of(scope.period()));
		return Breakdown.equality()
			.stream()
			.filter(figure::breaksDownBy)
			.map(breakdown -> new BreakdownTable(breakdown, equalityTable(figure, breakdown, scope, whole, suppressBelow)))
			.toList();
	}

	private PublishedTable equalityTable(Figure figure, Breakdown breakdown, ReportScope scope, List<Span> whole,
			@Nullable Integer suppressBelow) {
		CountTable counts = this.tables.counts(figure, breakdown, scope.areaId(), whole);
		PublishedTable table = PublishedTable.of(counts, suppressBelow);
		if (scope.areaId() == null) {
			return table;
		}
		var shares = this.settings.shares(scope.areaId(), breakdown);
		return shares.isEmpty() ? table : PopulationComparison.add(table, counts, shares);
	}

}
