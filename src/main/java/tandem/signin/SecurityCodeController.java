package tandem.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The second sign-in step: the security code from the person's authenticator app. */
@Controller
class SecurityCodeController {

	private final SecondFactorCheck check;

	private final SignInCompletion completion;

	SecurityCodeController(SecondFactorCheck check, SignInCompletion completion) {
		this.check = check;
		this.completion = completion;
	}

	@PreAuthorize("hasAuthority('SECOND_FACTOR_PENDING')")
	@GetMapping(PendingSignIn.CODE_PAGE)
	String form(@AuthenticationPrincipal PendingSignIn pending) {
		return pending.enrolled() ? "signin/code" : "redirect:" + PendingSignIn.SET_UP_PAGE;
	}

	@PreAuthorize("hasAuthority('SECOND_FACTOR_PENDING')")
	@PostMapping(PendingSignIn.CODE_PAGE)
	String submit(@AuthenticationPrincipal PendingSignIn pending, @RequestParam(defaultValue = "") String code,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		SecondFactorCheck.Result result = this.check.check(pending, code);
		switch (result.outcome()) {
			case ACCEPTED -> {
				this.completion.complete(result.actor(), request, response);
				return "redirect:/";
			}
			case REFUSED -> {
				this.completion.abandon(request);
				return "redirect:/sign-in?error";
			}
			default -> {
				model.addAttribute("hasErrors", true);
				model.addAttribute("code", code);
				return "signin/code";
			}
		}
	}

}
