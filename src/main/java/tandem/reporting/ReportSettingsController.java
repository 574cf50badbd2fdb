package tandem.reporting;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tandem.agency.Actor;
import tandem.agency.AreaDirectory;
import tandem.agency.AreaDirectory.AreaRef;

/** The analyst's report settings: area populations and the publication threshold. */
@Controller
class ReportSettingsController {

	private static final String ANALYST = "hasRole('ANALYST')";

	private static final String THRESHOLD_ERROR = "Enter a whole number from 1 to 50";

	private final ReportSettings settings;

	private final AreaDirectory areas;

	ReportSettingsController(ReportSettings settings, AreaDirectory areas) {
		this.settings = settings;
		this.areas = areas;
	}

	@PreAuthorize(ANALYST)
	@GetMapping("/reports/settings")
	String page(Model model) {
		return show(model, PopulationForm.EMPTY, Map.of(), null, null);
	}

	@PreAuthorize(ANALYST)
	@PostMapping("/reports/settings/population")
	String population(@ModelAttribute PopulationForm form, Actor actor, Model model, RedirectAttributes redirect) {
		Map<String, String> errors = new LinkedHashMap<>(form.errors());
		Optional<AreaRef> area = form.area() == null ? Optional.empty() : this.areas.areaByCode(form.area());
		if (!errors.containsKey("area") && area.isEmpty()) {
			errors.put("area", "Choose the area");
		}
		if (!errors.isEmpty()) {
			return show(model, form, errors, null, null);
		}
		Integer count = form.count();
		this.settings.recordPopulation(actor, area.orElseThrow().id(), count == null ? 0 : count,
				form.source() == null ? "" : form.source().strip());
		redirect.addFlashAttribute("saved", "Population recorded for " + area.get().name());
		return "redirect:/reports/settings";
	}

	@PreAuthorize(ANALYST)
	@PostMapping("/reports/settings/ethnic-groups")
	String ethnicGroups(@RequestParam Map<String, String> parameters, Actor actor, Model model,
			RedirectAttributes redirect) {
		SharesForm form = SharesForm.from(parameters);
		Map<String, String> errors = new LinkedHashMap<>(form.errors());
		Optional<AreaRef> area = form.area() == null ? Optional.empty() : this.areas.areaByCode(form.area());
		if (!errors.containsKey("sharesArea") && area.isEmpty()) {
			errors.put("sharesArea", "Choose the area");
		}
		if (!errors.isEmpty()) {
			model.addAttribute("sharesForm", form);
			return show(model, PopulationForm.EMPTY, errors, null, null);
		}
		this.settings.recordShares(actor, area.orElseThrow().id(), Breakdown.ETHNIC_GROUP, form.shares(),
				form.source() == null ? "" : form.source().strip());
		redirect.addFlashAttribute("saved", "Ethnic groups recorded for " + area.get().name());
		return "redirect:/reports/settings";
	}

	@PreAuthorize(ANALYST)
	@PostMapping("/reports/settings/threshold")
	String threshold(@RequestParam(defaultValue = "") String suppressBelow, Actor actor, Model model,
			RedirectAttributes redirect) {
		Integer value = parse(suppressBelow);
		if (value == null) {
			return show(model, PopulationForm.EMPTY, Map.of(), suppressBelow, THRESHOLD_ERROR);
		}
		this.settings.changeSuppressBelow(actor, value);
		redirect.addFlashAttribute("saved", "Publication threshold changed");
		return "redirect:/reports/settings";
	}

	private String show(Model model, PopulationForm form, Map<String, String> errors, @Nullable String threshold,
			@Nullable String thresholdError) {
		Map<String, String> areaChoices = new LinkedHashMap<>();
		this.areas.all().forEach(area -> areaChoices.put(area.code(), area.name()));
		Map<String, String> allErrors = new LinkedHashMap<>(errors);
		if (thresholdError != null) {
			allErrors.put("suppressBelow", thresholdError);
		}
		model.addAttribute("form", form);
		if (!model.containsAttribute("sharesForm")) {
			model.addAttribute("sharesForm", new SharesForm(null, Map.of(), null));
		}
		model.addAttribute("groups", SharesForm.groups());
		model.addAttribute("errors", allErrors);
		model.addAttribute("hasErrors", !allErrors.isEmpty());
		model.addAttribute("areaChoices", areaChoices);
		model.addAttribute("areas", this.areas.all());
		model.addAttribute("populations", this.settings.populations());
		model.addAttribute("threshold", threshold == null ? String.valueOf(this.settings.suppressBelow()) : threshold);
		return "reporting/settings";
	}

	private static @Nullable Integer parse(String text) {
		try {
			int value = Integer.parseInt(text.strip());
			return value >= 1 && value <= 50 ? value : null;
		}
		catch (NumberFormatException notANumber) {
			return null;
		}
	}

}
