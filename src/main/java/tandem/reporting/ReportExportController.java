package tandem.reporting;

import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import tandem.agency.Actor;

/** Downloads of report tables as CSV. */
@RestController
class ReportExportController {

	private final ReportScopes scopes;

	private final FigureCatalogue catalogue;

	private final ReportExport export;

	ReportExportController(ReportScopes scopes, FigureCatalogue catalogue, ReportExport export) {
		this.scopes = scopes;
		this.catalogue = catalogue;
		this.export = export;
	}

	@PreAuthorize(ReportController.WHO)
	@GetMapping("/reports/export.csv")
	ResponseEntity<String> csv(@RequestParam String figure, @RequestParam String breakdown,
			@RequestParam(required = false) @Nullable String area, @RequestParam String from, @RequestParam String to,
			@RequestParam(defaultValue = "quarters") String columns, Actor actor) {
		Figure chosen = this.catalogue.byId(figure).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Breakdown split = chosen.breakdowns()
			.stream()
			.filter(candidate -> candidate.key().equals(breakdown))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		ExtendedModelMap model = new ExtendedModelMap();
		ReportScope scope = this.scopes.resolve(area, from, to, 8, model);
		if (model.containsAttribute("periodError")) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		String body = this.export.csv(actor, chosen, split, scope, "period".equals(columns));
		String name = "tandem-" + chosen.id() + "-" + split.key() + "-"
				+ (scope.area() == null ? "partnership" : scope.areaCode()) + "-" + scope.period().first().code() + "-"
				+ scope.period().last().code() + ".csv";
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}

}
