package tandem.reporting;

/** One figure as a dashboard or report shows it: the figure, its table and its chart (SVG text, drawn by us). */
public record DashboardFigure(Figure figure, PublishedTable table, String chart) {
}
