package tandem.audit;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's view of the audit trail: how much is sealed, and a button that checks the whole chain. The
 * signed-in principal is asked for its audit identity by name ({@code asAuditActor()}), because the type that
 * carries it belongs to a module that itself depends on this one.
 */
@Controller
class AuditAdminController {

	private final AuditChainVerifier verifier;

	private final AuditSeals seals;

	AuditAdminController(AuditChainVerifier verifier, AuditSeals seals) {
		this.verifier = verifier;
		this.seals = seals;
	}

	@PreAuthorize("hasRole('ADMINISTRATOR')")
	@GetMapping("/admin/audit")
	String page(Model model) {
		model.addAttribute("counts", this.seals.counts());
		return "audit/admin";
	}

	@PreAuthorize("hasRole('ADMINISTRATOR')")
	@PostMapping("/admin/audit/check")
	String check(@AuthenticationPrincipal(expression = "asAuditActor()") AuditActor administrator,
			RedirectAttributes redirect) {
		redirect.addFlashAttribute("check", this.verifier.checkAs(administrator));
		return "redirect:/admin/audit";
	}

}
