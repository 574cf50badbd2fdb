package tandem.reporting;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import tandem.agency.Actor;
import tandem.agency.AreaDirectory.AreaRef;

/**
 * The SafeLives MARAC data return of one area for one quarter (by default the last that has ended), as a page and
 * as CSV. Counts only, never case content: seen by analysts and coordinators, as every other report.
 */
@Controller
class MaracReturnController {

	static final String QUARTER_ERROR = "Choose a quarter from the list";

	private final ReportScopes scopes;

	private final MaracReturns returns;

	MaracReturnController(ReportScopes scopes, MaracReturns returns) {
		this.scopes = scopes;
		this.returns = returns;
	}

	@PreAuthorize(ReportController.WHO)
	@GetMapping("/reports/safelives")
	String page(@RequestParam(required = false) @Nullable String area,
			@RequestParam(required = false) @Nullable String quarter, Model model) {
		Optional<Quarter> chosen = quarter == null || quarter.isBlank() ? Optional.of(lastEnded()) : Quarter.parse(quarter);
		Quarter shown = chosen.orElse(lastEnded());
		ReportScope scope = this.scopes.resolve(area, shown.code(), shown.code(), 1, model);
		model.addAttribute("quarterChoice", chosen.isPresent() ? shown.code() : quarter);
		model.addAttribute("quarterError", chosen.isPresent() ? null : QUARTER_ERROR);
		model.addAttribute("returnErrors", chosen.isPresent() ? Map.of() : Map.of("quarter", QUARTER_ERROR));
		model.addAttribute("hasErrors", chosen.isEmpty());
		Map<String, String> areas = new LinkedHashMap<>();
		this.scopes.areas().forEach(each -> areas.put(each.code(), each.name()));
		model.addAttribute("returnAreaChoices", areas);
		model.addAttribute("indicators", SafeLivesIndicator.values());
		AreaRef areaRef = scope.area();
		if (areaRef != null && chosen.isPresent()) {
			MaracReturn data = this.returns.of(areaRef, shown);
			model.addAttribute("table", MaracReturnTables.page(data));
			model.addAttribute("meetingCount", data.meetings().size());
			model.addAttribute("population", data.population());
		}
		return "reporting/safelives";
	}

	@PreAuthorize(ReportController.WHO)
	@GetMapping("/reports/safelives.csv")
	ResponseEntity<String> csv(@RequestParam String area, @RequestParam String quarter, Actor actor) {
		Quarter chosen = Quarter.parse(quarter).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
		ReportScope scope = this.scopes.resolve(area, chosen.code(), chosen.code(), 1, new ExtendedModelMap());
		AreaRef areaRef = scope.area();
		if (areaRef == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		String body = this.returns.csv(actor, areaRef, chosen);
		String name = "tandem-safelives-return-" + areaRef.code() + "-" + chosen.code() + ".csv";
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}

	private Quarter lastEnded() {
		return Quarter.of(this.scopes.today()).plus(-1);
	}

}
