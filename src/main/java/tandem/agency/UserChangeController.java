package tandem.agency;

import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Changing a user's details, agency and roles. */
@Controller
class UserChangeController {

	static final String CONFLICT = "Someone else changed this user while you were editing. "
			+ "Check their details and try again.";

	private final Users users;

	private final UserViews views;

	private final Choices choices;

	private final UserAdministration administration;

	UserChangeController(Users users, UserViews views, Choices choices, UserAdministration administration) {
		this.users = users;
		this.views = views;
		this.choices = choices;
		this.administration = administration;
	}

	@PreAuthorize("hasRole('ADMINISTRATOR')")
	@GetMapping("/admin/users/{id}/edit")
	String changeForm(@PathVariable UUID id, Actor actor, Model model) {
		UserSummary user = this.views.show(id, actor);
		return changePage(user, UserChangeForm.of(user), new FormErrors(), model);
	}

	@PreAuthorize("hasRole('ADMINISTRATOR')")
	@PostMapping("/admin/users/{id}/edit")
	String change(@PathVariable UUID id, UserChangeForm form, Actor actor, Model model,
			RedirectAttributes redirect) {
		try {
			FormErrors errors = this.administration.change(id, form, actor);
			if (errors.any()) {
				return changePage(this.users.findById(id).orElseThrow(NotFound::new), form, errors, model);
			}
		}
		catch (EditConflict conflict) {
			UserSummary now = this.users.findById(id).orElseThrow(NotFound::new);
			return changePage(now, form.withVersion(now.version()), new FormErrors().problem(CONFLICT), model);
		}
		redirect.addFlashAttribute("success", "User’s details saved");
		return "redirect:/admin/users/" + id;
	}

	private String changePage(UserSummary user, UserChangeForm form, FormErrors errors, Model model) {
		model.addAttribute("user", user);
		model.addAttribute("form", form);
		model.addAttribute("agencyChoices", this.choices.activeAgencies(user.agencyId()));
		model.addAttribute("roleChoices", Choices.roles());
		errors.addTo(model);
		return "agency/user-change";
	}

}
