package tandem.agency;

import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The actions on a user's page that decide whether and how they sign in. */
@Controller
class UserSignInController {

	private final Users users;

	private final UserSignInControl control;

	UserSignInController(Users users, UserSignInControl control) {
		this.users = users;
		this.control = control;
	}

	@PreAuthorize("hasRole('ADMINISTRATOR')")
	@PostMapping("/admin/users/{id}/disable")
	String disable(@PathVariable UUID id, Actor actor, RedirectAttributes redirect) {
		FormErrors refused = this.control.disable(id, actor);
		if (refused.any()) {
			redirect.addFlashAttribute("problem", refused.summary());
		}
		else {
			redirect.addFlashAttribute("success", "User disabled: they have been signed out and cannot sign in");
		}
		return backTo(id);
	}

	@PreAuthorize("hasRole('ADMINISTRATOR')")
	@PostMapping("/admin/users/{id}/enable")
	String enable(@PathVariable UUID id, Actor actor, RedirectAttributes redirect) {
		this.control.enable(id, actor);
		redirect.addFlashAttribute("success", "User enabled: they can sign in again");
		return backTo(id);
	}

	@PreAuthorize("hasRole('ADMINISTRATOR')")
	@PostMapping("/admin/users/{id}/unlock")
	String unlock(@PathVariable UUID id, Actor actor, RedirectAttributes redirect) {
		this.control.unlock(id, actor);
		redirect.addFlashAttribute("success", "User unlocked: they can try to sign in again now");
		return backTo(id);
	}

	@PreAuthorize("hasRole('ADMINISTRATOR')")
	@GetMapping("/admin/users/{id}/password")
	String passwordForm(@PathVariable UUID id, Model model) {
		return passwordPage(id, new FormErrors(), model);
	}

	@PreAuthorize("hasRole('ADMINISTRATOR')")
	@PostMapping("/admin/users/{id}/password")
	String setPassword(@PathVariable UUID id, PasswordForm form, Actor actor, Model model,
			RedirectAttributes redirect) {
		FormErrors errors = this.control.setPassword(id, form, actor);
		if (errors.any()) {
			return passwordPage(id, errors, model);
		}
		redirect.addFlashAttribute("success", "New password set");
		return backTo(id);
	}

	private String passwordPage(UUID id, FormErrors errors, Model model) {
		model.addAttribute("user", this.users.findById(id).orElseThrow(NotFound::new));
		errors.addTo(model);
		return "agency/user-password";
	}

	private static String backTo(UUID id) {
		return "redirect:/admin/users/" + id;
	}

}
