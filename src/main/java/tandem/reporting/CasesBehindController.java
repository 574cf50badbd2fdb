package tandem.reporting;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.http.HttpServletResponse;

import tandem.agency.Actor;

/** The cases behind a figure: refused (and recorded) for anyone whose roles do not work with cases. */
@Controller
class CasesBehindController {

	private final ReportScopes scopes;

	private final FigureCatalogue catalogue;

	private final CasesBehind casesBehind;

	CasesBehindController(ReportScopes scopes, FigureCatalogue catalogue, CasesBehind casesBehind) {
		this.scopes = scopes;
		this.catalogue = catalogue;
		this.casesBehind = casesBehind;
	}

	@PreAuthorize(ReportController.WHO)
	@GetMapping("/reports/figures/{id}/cases")
	String cases(@PathVariable String id, @RequestParam(required = false) @Nullable String area,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			Actor actor, Model model, HttpServletResponse response) {
		Figure figure = this.catalogue.byId(id)
			.filter(Figure::listsCases)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("figure", figure);
		if (!CasesBehind.mayList(actor)) {
			this.casesBehind.refuse(actor, figure);
			response.setStatus(HttpStatus.FORBIDDEN.value());
			return "reporting/cases-refused";
		}
		ReportScope scope = this.scopes.resolve(area, from, to, 8, model);
		model.addAttribute("listing", this.casesBehind.list(actor, figure, scope));
		return "reporting/cases";
	}

}
