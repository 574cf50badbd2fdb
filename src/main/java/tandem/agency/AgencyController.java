package tandem.agency;

import java.util.List;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The agencies pages: list by area, add, change, deactivate and reactivate. */
@Controller
class AgencyController {

	static final String CONFLICT = "Someone else changed this agency while you were editing. "
			+ "Check its details and try again.";

	private final Agencies agencies;

	private final Areas areas;

	private final Choices choices;

	private final AgencyAdministration administration;

	AgencyController(Agencies agencies, Areas areas, Choices choices, AgencyAdministration administration) {
		this.agencies = agencies;
		this.areas = areas;
		this.choices = choices;
		this.administration = administration;
	}

	/** One area and its agencies, for the list grouped by area. */
	record AreaAgencies(AreaSummary area, List<AgencySummary> agencies) {
	}

	@PreAuthorize("hasRole('ADMINISTRATOR')")
	@GetMapping("/admin/agencies")
	String list(Model model) {
		List<AgencySummary> all = this.agencies.findAll();
		List<AreaAgencies> byArea = this.areas.findAll()
			.stream()
			.map(area -> new AreaAgencies(area, all.stream().filter(agency -> agency.areaId().equals(area.id())).toList()))
			.toList();
		model.addAttribute("areas", byArea);
		return "agency/agencies";
	}

	@PreAuthorize("hasRole('ADMINISTRATOR')")
	@GetMapping("/admin/agencies/new")
	String addForm(Model model) {
		return addPage(AgencyForm.empty(), new FormErrors(), model);
	}

	@PreAuthorize("hasRole('ADMINISTRATOR')")
	@PostMapping("/admin/agencies")
	String add(AgencyForm form, Actor actor, Model model, RedirectAttributes redirect) {
		FormErrors errors;
		try {
			errors = this.administration.add(form, actor);
		}
		catch (DuplicateKeyException alreadyAdded) {
			errors = new FormErrors().add("code", "There is already an agency with the code " + form.code() + " in this area");
		}
		if (errors.any()) {
			return addPage(form, errors, model);
		}
		redirect.addFlashAttribute("success", "Agency " + form.name() + " added");
		return "redirect:/admin/agencies";
	}

	@PreAuthorize("hasRole('ADMINISTRATOR')")
	@GetMapping("/admin/agencies/{id}")
	String changeForm(@PathVariable UUID id, Model model) {
		AgencySummary agency = this.agencies.findById(id).orElseThrow(NotFound::new);
		return changePage(agency, AgencyChangeForm.of(agency), new FormErrors(), model);
	}

	@PreAuthorize("hasRole('ADMINISTRATOR')")
	@PostMapping("/admin/agencies/{id}")
	String change(@PathVariable UUID id, AgencyChangeForm form, Actor actor, Model model,
			RedirectAttributes redirect) {
		try {
			FormErrors errors = this.administration.change(id, form, actor);
			if (errors.any()) {
				return changePage(this.agencies.findById(id).orElseThrow(NotFound::new), form, errors, model);
			}
		}
		catch (EditConflict conflict) {
			AgencySummary now = this.agencies.findById(id).orElseThrow(NotFound::new);
			return changePage(now, form.withVersion(now.version()), new FormErrors().problem(CONFLICT), model);
		}
		redirect.addFlashAttribute("success", "Agency details saved");
		return "redirect:/admin/agencies";
	}

	@PreAuthorize("hasRole('ADMINISTRATOR')")
	@PostMapping("/admin/agencies/{id}/deactivate")
	String deactivate(@PathVariable UUID id, Actor actor, RedirectAttributes redirect) {
		this.administration.setActive(id, false, actor);
		redirect.addFlashAttribute("success", "Agency deactivated");
		return "redirect:/admin/agencies";
	}

	@PreAuthorize("hasRole('ADMINISTRATOR')")
	@PostMapping("/admin/agencies/{id}/reactivate")
	String reactivate(@PathVariable UUID id, Actor actor, RedirectAttributes redirect) {
		this.administration.setActive(id, true, actor);
		redirect.addFlashAttribute("success", "Agency reactivated");
		return "redirect:/admin/agencies";
	}

	private String addPage(AgencyForm form, FormErrors errors, Model model) {
		model.addAttribute("areaChoices", this.choices.areas());
		model.addAttribute("sectors", Sector.options());
		model.addAttribute("form", form);
		errors.addTo(model);
		return "agency/agency-add";
	}

	private static String changePage(AgencySummary agency, AgencyChangeForm form, FormErrors errors, Model model) {
		model.addAttribute("agency", agency);
		model.addAttribute("sectors", Sector.options());
		model.addAttribute("form", form);
		errors.addTo(model);
		return "agency/agency-change";
	}

}
