package tandem.reporting;

import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import tandem.agency.Actor;

/** The committee report for any period (by default the last complete quarter), as a page and as a PDF. */
@Controller
class CommitteeReportController {

	private final ReportScopes scopes;

	private final CommitteeReports reports;

	private final CommitteeReportPdf pdfs;

	CommitteeReportController(ReportScopes scopes, CommitteeReports reports, CommitteeReportPdf pdfs) {
		this.scopes = scopes;
		this.reports = reports;
		this.pdfs = pdfs;
	}

	@PreAuthorize(ReportController.WHO)
	@GetMapping("/reports/committee")
	String page(@RequestParam(required = false) @Nullable String area,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			Model model) {
		ReportScope scope = resolve(area, from, to, model);
		model.addAttribute("report", this.reports.report(scope));
		return "reporting/committee";
	}

	@PreAuthorize(ReportController.WHO)
	@GetMapping("/reports/committee.pdf")
	ResponseEntity<byte[]> pdf(@RequestParam(required = false) @Nullable String area,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			Actor actor) {
		ReportScope scope = resolve(area, from, to, new ExtendedModelMap());
		byte[] pdf = this.pdfs.render(actor, scope);
		String name = "tandem-committee-report-" + (scope.area() == null ? "partnership" : scope.areaCode()) + "-"
				+ scope.period().first().code() + "-" + scope.period().last().code() + ".pdf";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(pdf);
	}

	/** By default the last quarter that has ended. */
	private ReportScope resolve(@Nullable String area, @Nullable String from, @Nullable String to, Model model) {
		boolean named = (from != null && !from.isBlank()) || (to != null && !to.isBlank());
		if (!named) {
			String last = Quarter.of(this.scopes.today()).plus(-1).code();
			return this.scopes.resolve(area, last, last, 1, model);
		}
		return this.scopes.resolve(area, from, to, 1, model);
	}

}
