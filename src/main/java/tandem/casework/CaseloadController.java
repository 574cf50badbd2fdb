package tandem.casework;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tandem.agency.Actor;
import tandem.agency.Role;

/**
 * The caseload: a worker's own open cases with their count against the SafeLives guide; for a service manager, the
 * whole team's, the cases waiting for a worker, and the cases of anyone who has left, to reassign.
 */
@Controller
class CaseloadController {

	private final CaseloadView view;

	private final Allocation allocation;

	private final Caseloads caseloads;

	CaseloadController(CaseloadView view, Allocation allocation, Caseloads caseloads) {
		this.view = view;
		this.allocation = allocation;
		this.caseloads = caseloads;
	}

	@PreAuthorize("hasAnyRole('CASEWORKER', 'SERVICE_MANAGER')")
	@GetMapping("/caseload")
	String caseload(Actor actor, Model model) {
		CaseloadView.Page page = this.view.of(actor);
		model.addAttribute("page", page);
		model.addAttribute("today", this.view.today());
		model.addAttribute("manager", actor.has(Role.SERVICE_MANAGER));
		model.addAttribute("workers", this.allocation.workers(actor.agency().id()));
		model.addAttribute("lower", CaseloadGuide.LOWER_PER_FTE);
		model.addAttribute("upper", CaseloadGuide.UPPER_PER_FTE);
		return "casework/caseload";
	}

	@PreAuthorize("hasRole('SERVICE_MANAGER')")
	@PostMapping("/caseload/reassign")
	String reassign(@RequestParam(defaultValue = "") String from, @RequestParam Map<String, String> typed,
			Actor actor, RedirectAttributes redirect) {
		UUID fromWorker = CaseworkAccess.parse(from).orElse(null);
		// Each leaver has a form of their own, whose select is named after them.
		UUID toWorker = CaseworkAccess.parse(typed.getOrDefault("to-" + from, "")).orElse(null);
		if (fromWorker == null || toWorker == null || fromWorker.equals(toWorker)
				|| !this.allocation.workers(actor.agency().id()).containsKey(toWorker.toString())) {
			redirect.addFlashAttribute("problem", "Choose a current caseworker to take the cases");
			return "redirect:/caseload";
		}
		int moved = this.view.reassignAll(actor, fromWorker, toWorker);
		redirect.addFlashAttribute("success", moved == 1 ? "1 case reassigned" : moved + " cases reassigned");
		return "redirect:/caseload";
	}

	@PreAuthorize("hasRole('SERVICE_MANAGER')")
	@PostMapping("/caseload/fte")
	String fte(@RequestParam(defaultValue = "") String worker, @RequestParam(defaultValue = "") String fte,
			Actor actor, RedirectAttributes redirect) {
		UUID workerId = CaseworkAccess.parse(worker).orElse(null);
		BigDecimal hours = parse(fte);
		if (workerId == null || !this.allocation.workers(actor.agency().id()).containsKey(workerId.toString())
				|| hours == null) {
			redirect.addFlashAttribute("problem", "Enter the full-time equivalent as a number above 0 and up to 1, like 0.6");
			return "redirect:/caseload";
		}
		this.caseloads.recordFte(actor, workerId, hours);
		redirect.addFlashAttribute("success", "Full-time equivalent recorded");
		return "redirect:/caseload";
	}

	private static BigDecimal parse(String typed) {
		try {
			BigDecimal value = new BigDecimal(typed.strip());
			return value.signum() > 0 && value.compareTo(BigDecimal.ONE) <= 0 && value.scale() <= 2 ? value : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
