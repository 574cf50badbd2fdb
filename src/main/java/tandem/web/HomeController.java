package tandem.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import tandem.agency.Actor;

/** The home page: what needs the signed-in user's attention. */
@Controller
class HomeController {

	@PreAuthorize("hasAuthority('SIGNED_IN')")
	@GetMapping("/")
	String home(@AuthenticationPrincipal Actor actor, Model model) {
		model.addAttribute("actor", actor);
		return "web/home";
	}

}
