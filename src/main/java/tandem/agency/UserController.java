package tandem.agency;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tandem.Ids;

/** The users pages: the filtered list, adding a user and a user's own page. */
@Controller
class UserController {

	/** More than this and the list asks for a filter instead: a national partnership has tens of thousands. */
	static final int LIST_LIMIT = 500;

	private final UserViews views;

	private final Choices choices;

	private final UserAdministration administration;

	private final Clock clock;

	UserController(UserViews views, Choices choices, UserAdministration administration, Clock clock) {
		this.views = views;
		this.choices = choices;
		this.administration = administration;
		this.clock = clock;
	}

	@PreAuthorize("hasRole('ADMINISTRATOR')")
	@GetMapping("/admin/users")
	String list(@RequestParam(required = false) @Nullable String area,
			@RequestParam(required = false) @Nullable String agency, Actor actor, Model model) {
		Optional<UUID> areaId = Input.id(Input.text(area));
		Optional<UUID> agencyId = Input.id(Input.text(agency));
		List<UserSummary> found = this.views.list(areaId.orElse(null), agencyId.orElse(null), LIST_LIMIT + 1, actor);
		model.addAttribute("users", found.stream().limit(LIST_LIMIT).toList());
		model.addAttribute("more", found.size() > LIST_LIMIT);
		model.addAttribute("limit", LIST_LIMIT);
		model.addAttribute("area", areaId.map(UUID::toString).orElse(""));
		model.addAttribute("agency", agencyId.map(UUID::toString).orElse(""));
		model.addAttribute("areaChoices", this.choices.areas());
		model.addAttribute("agencyChoices", this.choices.allAgencies());
		model.addAttribute("now", Instant.now(this.clock));
		return "agency/users";
	}

	@PreAuthorize("hasRole('ADMINISTRATOR')")
	@GetMapping("/admin/users/new")
	String addForm(Model model) {
		return addPage(UserForm.empty(), new FormErrors(), model);
	}

	@PreAuthorize("hasRole('ADMINISTRATOR')")
	@PostMapping("/admin/users")
	String add(UserForm form, Actor actor, Model model, RedirectAttributes redirect) {
		UUID id = Ids.next();
		FormErrors errors;
		try {
			errors = this.administration.add(id, form, actor);
		}
		catch (DuplicateKeyException alreadyAdded) {
			errors = new FormErrors().add("username", "There is already a user with the username " + form.username());
		}
		if (errors.any()) {
			return addPage(form, errors, model);
		}
		redirect.addFlashAttribute("success", "User added");
		return "redirect:/admin/users/" + id;
	}

	@PreAuthorize("hasRole('ADMINISTRATOR')")
	@GetMapping("/admin/users/{id}")
	String show(@PathVariable UUID id, Actor actor, Model model) {
		UserSummary user = this.views.show(id, actor);
		FormErrors errors = new FormErrors();
		// A refused action (e.g. disabling oneself) comes back here through a redirect, with its reason.
		if (model.getAttribute("problem") instanceof String problem) {
			errors.problem(problem);
		}
		model.addAttribute("user", user);
		model.addAttribute("now", Instant.now(this.clock));
		errors.addTo(model);
		return "agency/user";
	}

	private String addPage(UserForm form, FormErrors errors, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("agencyChoices", this.choices.activeAgencies(null));
		model.addAttribute("roleChoices", Choices.roles());
		errors.addTo(model);
		return "agency/user-add";
	}

}
