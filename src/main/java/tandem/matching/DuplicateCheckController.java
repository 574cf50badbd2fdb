package tandem.matching;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tandem.agency.Actor;
import tandem.audit.AuditAction;
import tandem.audit.AuditEvent;
import tandem.audit.AuditLog;

/**
 * The administrator's duplicate check: the last runs and their progress (the page is refreshed by a link, no script),
 * "Run duplicate check now", and each run's report. Administrators only (ADR 0103).
 */
@Controller
class DuplicateCheckController {

	static final int RUNS_SHOWN = 10;

	private final DuplicateCheck check;

	private final DedupRuns runs;

	private final DuplicateReport report;

	private final AuditLog audit;

	DuplicateCheckController(DuplicateCheck check, DedupRuns runs, DuplicateReport report, AuditLog audit) {
		this.check = check;
		this.runs = runs;
		this.report = report;
		this.audit = audit;
	}

	@PreAuthorize("hasRole('ADMINISTRATOR')")
	@GetMapping("/admin/duplicates")
	String page(Model model) {
		var recent = this.runs.recent(RUNS_SHOWN);
		model.addAttribute("runs", recent);
		model.addAttribute("latest", recent.isEmpty() ? null : recent.getFirst());
		return "matching/duplicates";
	}

	@PreAuthorize("hasRole('ADMINISTRATOR')")
	@PostMapping("/admin/duplicates")
	String start(Actor actor, RedirectAttributes redirect) {
		if (this.check.startInBackground(actor.asAuditActor()).isPresent()) {
			redirect.addFlashAttribute("started", true);
		}
		else {
			this.audit.recordAlone(AuditEvent.success(actor.asAuditActor(), AuditAction.CREATE, DedupRuns.SUBJECT, null)
				.withOutcome(AuditEvent.Outcome.REFUSED)
				.withDetail("a duplicate check is already running"));
			redirect.addFlashAttribute("refused", true);
		}
		return "redirect:/admin/duplicates";
	}

	@PreAuthorize("hasRole('ADMINISTRATOR')")
	@GetMapping("/admin/duplicates/{run}")
	String report(@PathVariable UUID run, @RequestParam(defaultValue = "1") int page, Actor actor, Model model) {
		DuplicateReport.Page shown = this.report.read(run, page, actor.asAuditActor())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("report", shown);
		return "matching/duplicate-report";
	}

}
