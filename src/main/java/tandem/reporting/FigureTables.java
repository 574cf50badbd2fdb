package tandem.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

import tandem.reporting.Figure.Kind;
import tandem.reporting.MonthlyCounts.Count;

/** Works a figure out for an area (or the whole partnership) and a set of spans, from the monthly counts. */
@Service
class FigureTables {

	/** Before anything Tandem holds: where a snapshot's running sum starts. */
	private static final LocalDate EVER = LocalDate.of(1900, 1, 1);

	private final MonthlyCounts counts;

	private final ReportSettings settings;

	private final Measures measures;

	FigureTables(MonthlyCounts counts, ReportSettings settings, Measures measures) {
		this.counts = counts;
		this.settings = settings;
		this.measures = measures;
	}

	/** The figure as a table; {@code suppressBelow} null for an internal view, the threshold for publication. */
	PublishedTable table(Figure figure, Breakdown breakdown, @Nullable UUID areaId, List<Span> spans,
			@Nullable Integer suppressBelow) {
		return switch (figure.kind()) {
			case COUNT -> PublishedTable.of(counts(figure, breakdown, areaId, spans), suppressBelow);
			case PERCENT, PER_10K_ADULT_FEMALES -> rates(figure, areaId, spans).publish(suppressBelow);
			case MEDIAN_DAYS -> medians(figure, areaId, spans).publish(suppressBelow);
			// Every month from the first up to the end of the last span: the number open at its end.
			case SNAPSHOT -> PublishedTable.of(counts(figure, breakdown, areaId,
					List.of(new Span("At the end of " + spans.getLast().label(), EVER, last(spans)))), suppressBelow);
		};
	}

	MedianSeries medians(Figure figure, @Nullable UUID areaId, List<Span> spans) {
		return MedianSeries.of(figure.title(), this.measures.get(figure.measure()).label(), spans,
				this.counts.byCategory(figure.measure(), Breakdown.DAYS, areaId, first(spans), last(spans)));
	}

	/** Rows: the breakdown's known categories (all of them, zeros included), then any others met in the data. */
	CountTable counts(Figure figure, Breakdown breakdown, @Nullable UUID areaId, List<Span> spans) {
		List<Count> found = this.counts.byCategory(figure.measure(), breakdown, areaId, first(spans), last(spans));
		Map<String, String> rows = new LinkedHashMap<>(breakdown == Breakdown.TOTAL ? Map.of("all", figure.title())
				: breakdown.knownCategories());
		found.stream()
			.map(Count::category)
			.filter(category -> !rows.containsKey(category) && !Breakdown.NOT_RECORDED.equals(category))
			.distinct()
			.sorted()
			.forEach(category -> rows.put(category, breakdown.categoryLabel(category)));
		if (found.stream().anyMatch(count -> Breakdown.NOT_RECORDED.equals(count.category()))) {
			rows.put(Breakdown.NOT_RECORDED, breakdown.categoryLabel(Breakdown.NOT_RECORDED));
		}
		List<String> codes = new ArrayList<>(rows.keySet());
		long[][] cells = new long[codes.size()][spans.size()];
		for (Count count : found) {
			int row = codes.indexOf(count.category());
			for (int column = 0; column < spans.size(); column++) {
				if (spans.get(column).contains(count.month())) {
					cells[row][column] += count.amount();
				}
			}
		}
		String heading = breakdown == Breakdown.TOTAL ? "Figure" : breakdown.label();
		// A figure that is itself a split ("Referrals by referring agency") already says so.
		String title = breakdown == Breakdown.TOTAL || breakdown == figure.primaryBreakdown() ? figure.title()
				: figure.title() + " by " + lower(breakdown.label());
		return new CountTable(title, heading, codes, new ArrayList<>(rows.values()),
				spans.stream().map(Span::label).toList(), cells);
	}

	RateSeries rates(Figure figure, @Nullable UUID areaId, List<Span> spans) {
		List<RateSeries.Rate> rates = new ArrayList<>();
		if (figure.kind() == Kind.PERCENT) {
			long[] numerators = totals(figure.measure(), areaId, spans);
			long[] denominators = totals(java.util.Objects.requireNonNull(figure.denominator()), areaId, spans);
			for (int span = 0; span < spans.size(); span++) {
				rates.add(RateSeries.Rate.of(numerators[span], denominators[span], 100));
			}
			return new RateSeries(figure.title(), "Percentage", labels(spans), rates,
					this.measures.get(figure.measure()).label(), this.measures.get(figure.denominator()).label());
		}
		Map<UUID, AreaPopulation> populations = this.settings.populations();
		LocalDate from = first(spans).minusMonths(12);
		List<Count> byArea = this.counts.byArea(figure.measure(), from, last(spans));
		for (Span span : spans) {
			LocalDate yearStart = span.end().minusMonths(12);
			long cases = byArea.stream()
				// One area is counted whether or not its population is known; the partnership only over areas that have one.
				.filter(count -> areaId == null ? populations.containsKey(count.areaId()) : areaId.equals(count.areaId()))
				.filter(count -> !count.month().isBefore(yearStart) && count.month().isBefore(span.end()))
				.mapToLong(Count::amount)
				.sum();
			long people = populations.entrySet()
				.stream()
				.filter(entry -> areaId == null || areaId.equals(entry.getKey()))
				.mapToLong(entry -> entry.getValue().adultFemales())
				.sum();
			rates.add(RateSeries.Rate.of(cases, people, 10_000));
		}
		return new RateSeries(figure.title(), "Per 10,000 adult females", labels(spans), rates,
				this.measures.get(figure.measure()).label() + " in the 12 months to the end of the quarter",
				"Adult females (16+)");
	}

	private long[] totals(String measure, @Nullable UUID areaId, List<Span> spans) {
		long[] totals = new long[spans.size()];
		for (Count count : this.counts.byCategory(measure, Breakdown.TOTAL, areaId, first(spans), last(spans))) {
			for (int span = 0; span < spans.size(); span++) {
				if (spans.get(span).contains(count.month())) {
					totals[span] += count.amount();
				}
			}
		}
		return totals;
	}

	private static List<String> labels(List<Span> spans) {
		return spans.stream().map(Span::label).toList();
	}

	private static LocalDate first(List<Span> spans) {
		return spans.stream().map(Span::start).min(Comparator.naturalOrder()).orElseThrow();
	}

	private static LocalDate last(List<Span> spans) {
		return spans.stream().map(Span::end).max(Comparator.naturalOrder()).orElseThrow();
	}

	private static String lower(String label) {
		return Character.toLowerCase(label.charAt(0)) + label.substring(1);
	}

}
