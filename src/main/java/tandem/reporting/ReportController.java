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

import tandem.agency.Actor;

/**
 * The partnership dashboard, equality monitoring and the figure definitions. These show counts, never case content,
 * so analysts and coordinators see them for every area; the cases behind a figure are a separate, checked page.
 */
@Controller
class ReportController {

	static final String WHO = "hasAnyRole('ANALYST', 'COORDINATOR')";

	/** Two years of quarters unless the link asks for another period. */
	private static final int DASHBOARD_QUARTERS = 8;

	private final ReportScopes scopes;

	private final Dashboards dashboards;

	private final FigureCatalogue catalogue;

	private final ReportRefresh refresh;

	ReportController(ReportScopes scopes, Dashboards dashboards, FigureCatalogue catalogue, ReportRefresh refresh) {
		this.scopes = scopes;
		this.dashboards = dashboards;
		this.catalogue = catalogue;
		this.refresh = refresh;
	}

	@PreAuthorize(WHO)
	@GetMapping("/reports")
	String dashboard(@RequestParam(required = false) @Nullable String area,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			Actor actor, Model model) {
		ReportScope scope = this.scopes.resolve(area, from, to, DASHBOARD_QUARTERS, model);
		model.addAttribute("figures", this.dashboards.dashboard(scope, null));
		model.addAttribute("freshness", this.refresh.freshness().orElse(null));
		model.addAttribute("mayListCases", actor.worksWithCases());
		model.addAttribute("mayChangeSettings", actor.has(tandem.agency.Role.ANALYST));
		return "reporting/dashboard";
	}

	@PreAuthorize(WHO)
	@GetMapping("/reports/equality")
	String equality(@RequestParam(required = false) @Nullable String area,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(defaultValue = "marac-referrals") String figure, Model model) {
		Figure chosen = this.catalogue.byId(figure)
			.filter(candidate -> candidate.breaksDownBy(Breakdown.ETHNICITY))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		ReportScope scope = this.scopes.resolve(area, from, to, 4, model);
		model.addAttribute("figure", chosen);
		model.addAttribute("figureChoices", this.catalogue.all()
			.stream()
			.filter(candidate -> candidate.breaksDownBy(Breakdown.ETHNICITY))
			.toList());
		model.addAttribute("tables", this.dashboards.equality(chosen, scope, null));
		model.addAttribute("freshness", this.refresh.freshness().orElse(null));
		return "reporting/equality";
	}

	@PreAuthorize(WHO)
	@GetMapping("/reports/figures")
	String figures(Model model) {
		model.addAttribute("figures", this.catalogue.all());
		return "reporting/figures";
	}

	@PreAuthorize(WHO)
	@GetMapping("/reports/figures/{id}")
	String definition(@PathVariable String id, Model model) {
		model.addAttribute("figure",
				this.catalogue.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		return "reporting/definition";
	}

}
