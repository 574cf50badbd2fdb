package tandem.agency;

import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The areas pages: list, add, change. */
@Controller
class AreaController {

	static final String CONFLICT = "Someone else changed this area while you were editing. "
			+ "Check its details and try again.";

	private final Areas areas;

	private final AreaAdministration administration;

	AreaController(Areas areas, AreaAdministration administration) {
		this.areas = areas;
		this.administration = administration;
	}

	@PreAuthorize("hasRole('ADMINISTRATOR')")
	@GetMapping("/admin/areas")
	String list(Model model) {
		model.addAttribute("areas", this.areas.findAll());
		return "agency/areas";
	}

	@PreAuthorize("hasRole('ADMINISTRATOR')")
	@GetMapping("/admin/areas/new")
	String addForm(Model model) {
		return addPage(AreaForm.empty(), new FormErrors(), model);
	}

	@PreAuthorize("hasRole('ADMINISTRATOR')")
	@PostMapping("/admin/areas")
	String add(AreaForm form, Actor actor, Model model, RedirectAttributes redirect) {
		FormErrors errors;
		try {
			errors = this.administration.add(form, actor);
		}
		catch (DuplicateKeyException alreadyAdded) {
			errors = new FormErrors().add("code", "There is already an area with the code " + form.code());
		}
		if (errors.any()) {
			return addPage(form, errors, model);
		}
		redirect.addFlashAttribute("success", "Area " + form.code() + " added");
		return "redirect:/admin/areas";
	}

	@PreAuthorize("hasRole('ADMINISTRATOR')")
	@GetMapping("/admin/areas/{id}")
	String changeForm(@PathVariable UUID id, Model model) {
		AreaSummary area = this.areas.findById(id).orElseThrow(NotFound::new);
		return changePage(area, AreaChangeForm.of(area), new FormErrors(), model);
	}

	@PreAuthorize("hasRole('ADMINISTRATOR')")
	@PostMapping("/admin/areas/{id}")
	String change(@PathVariable UUID id, AreaChangeForm form, Actor actor, Model model,
			RedirectAttributes redirect) {
		try {
			FormErrors errors = this.administration.change(id, form, actor);
			if (errors.any()) {
				return changePage(this.areas.findById(id).orElseThrow(NotFound::new), form, errors, model);
			}
		}
		catch (EditConflict conflict) {
			AreaSummary now = this.areas.findById(id).orElseThrow(NotFound::new);
			return changePage(now, form.withVersion(now.version()), new FormErrors().problem(CONFLICT), model);
		}
		redirect.addFlashAttribute("success", "Area details saved");
		return "redirect:/admin/areas";
	}

	private static String addPage(AreaForm form, FormErrors errors, Model model) {
		model.addAttribute("form", form);
		errors.addTo(model);
		return "agency/area-add";
	}

	private static String changePage(AreaSummary area, AreaChangeForm form, FormErrors errors, Model model) {
		model.addAttribute("area", area);
		model.addAttribute("form", form);
		errors.addTo(model);
		return "agency/area-change";
	}

}
