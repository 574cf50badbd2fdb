package tandem.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import tandem.agency.AreaDirectory.AreaRef;

/**
 * What a report covers: one area or the whole partnership, and a period of quarters.
 *
 * @param area null for the whole partnership
 */
public record ReportScope(@Nullable AreaRef area, ReportPeriod period) {

	public @Nullable UUID areaId() {
		return this.area == null ? null : this.area.id();
	}

	public String areaCode() {
		return this.area == null ? "" : this.area.code();
	}

	public String areaName() {
		return this.area == null ? "Whole partnership" : this.area.name();
	}

	List<Span> quarterSpans() {
		return this.period.quarters().stream().map(Span::of).toList();
	}

	/** The quarters a report may start or end with: from five years before today's quarter to today's. */
	static Map<String, String> quarterChoices(LocalDate today) {
		Map<String, String> choices = new LinkedHashMap<>();
		Quarter current = Quarter.of(today);
		List<Quarter> quarters = new ArrayList<>();
		for (int back = ReportPeriod.MAX_QUARTERS * 2; back >= 0; back--) {
			quarters.add(current.plus(-back));
		}
		quarters.forEach(quarter -> choices.put(quarter.code(), quarter.label()));
		return choices;
	}

	/** The period a link asks for, or the default when it names none. */
	static Optional<ReportPeriod> period(@Nullable String from, @Nullable String to, ReportPeriod fallback) {
		if ((from == null || from.isBlank()) && (to == null || to.isBlank())) {
			return Optional.of(fallback);
		}
		return ReportPeriod.parse(from == null ? "" : from, to == null ? "" : to);
	}

}
