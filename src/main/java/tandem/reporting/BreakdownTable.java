package tandem.reporting;

/** A figure split one way, as published. */
public record BreakdownTable(Breakdown breakdown, PublishedTable table) {
}
