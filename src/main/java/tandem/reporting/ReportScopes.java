package tandem.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

import tandem.agency.AreaDirectory;
import tandem.agency.AreaDirectory.AreaRef;

/** Reads a report's scope from its link, and puts the choices for changing it on the page. */
@Component
class ReportScopes {

	static final String PERIOD_ERROR = "Choose a last quarter that is not before the first, at most five years later";

	private final AreaDirectory areas;

	private final Clock clock;

	ReportScopes(AreaDirectory areas, Clock clock) {
		this.areas = areas;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/**
	 * The scope the link names; a period that cannot be used falls back to {@code quarters} up to today's with an
	 * error on the page. An area that does not exist is "not found".
	 */
	ReportScope resolve(@Nullable String area, @Nullable String from, @Nullable String to, int quarters, Model model) {
		AreaRef areaRef = null;
		if (area != null && !area.isBlank()) {
			areaRef = this.areas.areaByCode(area).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		}
		ReportPeriod fallback = ReportPeriod.lastQuarters(today(), quarters);
		Optional<ReportPeriod> period = ReportScope.period(from, to, fallback);
		if (period.isEmpty()) {
			model.addAttribute("hasErrors", true);
			model.addAttribute("periodError", PERIOD_ERROR);
		}
		model.addAttribute("scopeErrors", period.isEmpty() ? Map.of("from", PERIOD_ERROR) : Map.of());
		ReportScope scope = new ReportScope(areaRef, period.orElse(fallback));
		model.addAttribute("scope", scope);
		model.addAttribute("areaChoices", areaChoices());
		model.addAttribute("quarterChoices", ReportScope.quarterChoices(today()));
		model.addAttribute("fromChoice", from == null || from.isBlank() ? scope.period().first().code() : from);
		model.addAttribute("toChoice", to == null || to.isBlank() ? scope.period().last().code() : to);
		return scope;
	}

	java.util.List<AreaRef> areas() {
		return this.areas.all();
	}

	private Map<String, String> areaChoices() {
		Map<String, String> choices = new LinkedHashMap<>();
		choices.put("", "Whole partnership");
		areas().forEach(area -> choices.put(area.code(), area.name()));
		return choices;
	}

}
