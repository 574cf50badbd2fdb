package tandem.signin;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import tandem.agency.Actor;

/** The signed-in person's own account: how they sign in, and setting up a security code. */
@Controller
class AccountController {

	static final String ACCOUNT_PAGE = "/account";

	private final TotpSecrets secrets;

	AccountController(TotpSecrets secrets) {
		this.secrets = secrets;
	}

	@PreAuthorize("hasAuthority('SIGNED_IN')")
	@GetMapping(ACCOUNT_PAGE)
	String account(Actor actor, @RequestParam(name = "code-set-up", required = false) String codeSetUp, Model model) {
		model.addAttribute("actor", actor);
		model.addAttribute("codeStatus", actor.userId() == null ? null : this.secrets.status(actor.userId()));
		model.addAttribute("codeSetUp", codeSetUp != null);
		return "signin/account";
	}

}
