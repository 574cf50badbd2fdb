package tandem.signin;

import jakarta.annotation.security.PermitAll;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SignInController {

	@PermitAll
	@GetMapping("/sign-in")
	String signIn(@RequestParam(required = false) String error, @RequestParam(name = "timed-out", required = false) String timedOut,
			@RequestParam(name = "signed-out", required = false) String signedOut, Model model) {
		model.addAttribute("failed", error != null);
		model.addAttribute("hasErrors", error != null);
		model.addAttribute("timedOut", timedOut != null);
		model.addAttribute("signedOut", signedOut != null);
		return "signin/sign-in";
	}

}
