package tandem.casework;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tandem.agency.Actor;

/**
 * The safety plan (including for a victim who stays with the perpetrator) and the needs assessment with the Safe and
 * Together record for children. When two workers edit at once, the second sees what the first saved next to what
 * they typed, and nothing of either is lost.
 */
@Controller
class SafetyPlanController {

	private static final int LONGEST = 20_000;

	private final SupportCaseReading reading;

	private final CaseworkAccess access;

	private final SafetyPlans plans;

	SafetyPlanController(SupportCaseReading reading, CaseworkAccess access, SafetyPlans plans) {
		this.reading = reading;
		this.access = access;
		this.plans = plans;
	}

	@PreAuthorize(SupportCaseController.WORKERS)
	@GetMapping("/support-cases/{id}/safety-plan")
	String plan(@PathVariable String id, Actor actor, Model model) {
		SupportCaseReading.View view = this.reading.read(actor, id);
		Map<String, String> typed = new LinkedHashMap<>();
		view.plan().ifPresent(plan -> {
			typed.put("staying", plan.stayingWithPerpetrator() ? "YES" : "NO");
			typed.put("plan", plan.plan());
		});
		int version = view.plan().map(CaseworkRecords.Plan::version).orElse(SafetyPlans.NEW);
		return showPlan(view, typed, version, Map.of(), false, model);
	}

	@PreAuthorize(SupportCaseController.WORKERS)
	@PostMapping("/support-cases/{id}/safety-plan")
	String savePlan(@PathVariable String id, @RequestParam Map<String, String> typed,
			@RequestParam(defaultValue = "-2") int version, Actor actor, Model model, RedirectAttributes redirect) {
		SupportCase supportCase = this.access.supportCase(actor, id);
		String staying = typed.getOrDefault("staying", "");
		String plan = typed.getOrDefault("plan", "");
		Map<String, String> errors = new LinkedHashMap<>();
		if (!List.of("YES", "NO").contains(staying)) {
			errors.put("staying", "Select whether the victim is living with the perpetrator");
		}
		if (plan.isBlank() || plan.length() > LONGEST) {
			errors.put("plan", plan.isBlank() ? "Enter the safety plan" : "The plan must be " + LONGEST
					+ " characters or fewer");
		}
		if (!errors.isEmpty()) {
			return showPlan(this.reading.read(actor, id), typed, version, errors, false, model);
		}
		try {
			this.plans.savePlan(actor, supportCase, version, "YES".equals(staying), plan);
		}
		catch (SafetyPlans.ChangedMeanwhile ex) {
			SupportCaseReading.View now = this.reading.read(actor, id);
			return showPlan(now, typed, now.plan().map(CaseworkRecords.Plan::version).orElse(SafetyPlans.NEW),
					Map.of(), true, model);
		}
		redirect.addFlashAttribute("success", "Safety plan saved");
		return "redirect:/support-cases/" + supportCase.id() + "/safety-plan";
	}

	@PreAuthorize(SupportCaseController.WORKERS)
	@GetMapping("/support-cases/{id}/needs")
	String needs(@PathVariable String id, Actor actor, Model model) {
		SupportCaseReading.View view = this.reading.read(actor, id);
		return showNeeds(view, view.needs().map(CaseworkRecords.Needs::needs).orElse(List.of()),
				view.needs().map(CaseworkRecords.Needs::perpetratorPattern).orElse(""),
				view.needs().map(CaseworkRecords.Needs::protectiveEfforts).orElse(""),
				view.needs().map(CaseworkRecords.Needs::version).orElse(SafetyPlans.NEW), null, model);
	}

	@PreAuthorize(SupportCaseController.WORKERS)
	@PostMapping("/support-cases/{id}/needs")
	String saveNeeds(@PathVariable String id, @RequestParam(required = false) List<String> needs,
			@RequestParam(defaultValue = "") String pattern, @RequestParam(defaultValue = "") String efforts,
			@RequestParam(defaultValue = "-2") int version, Actor actor, Model model, RedirectAttributes redirect) {
		SupportCase supportCase = this.access.supportCase(actor, id);
		List<String> chosen = needs == null ? List.of() : needs;
		if (!CaseworkChoices.needs().keySet().containsAll(chosen) || pattern.length() > LONGEST
				|| efforts.length() > LONGEST) {
			return showNeeds(this.reading.read(actor, id), chosen, pattern, efforts, version,
					"Select needs from the list and keep each note under " + LONGEST + " characters", model);
		}
		try {
			this.plans.saveNeeds(actor, supportCase, version, chosen, pattern.isBlank() ? null : pattern.strip(),
					efforts.isBlank() ? null : efforts.strip());
		}
		catch (SafetyPlans.ChangedMeanwhile ex) {
			SupportCaseReading.View now = this.reading.read(actor, id);
			return showNeeds(now, chosen, pattern, efforts,
					now.needs().map(CaseworkRecords.Needs::version).orElse(SafetyPlans.NEW),
					"Someone else saved this assessment while you were editing. What you typed is below; the saved "
							+ "version is on the case page. Check and save again.", model);
		}
		redirect.addFlashAttribute("success", "Needs assessment saved");
		return "redirect:/support-cases/" + supportCase.id();
	}

	private String showPlan(SupportCaseReading.View view, Map<String, String> typed, int version,
			Map<String, String> errors, boolean conflict, Model model) {
		model.addAttribute("view", view);
		model.addAttribute("sc", view.supportCase());
		model.addAttribute("typed", typed);
		model.addAttribute("version", version);
		model.addAttribute("errors", errors);
		model.addAttribute("conflict", conflict ? "Someone else saved this safety plan while you were editing it. "
				+ "Nothing you typed has been lost: it is in the form below, and their saved plan is shown above it. "
				+ "Combine the two and save again." : null);
		model.addAttribute("stayingChoices", CaseworkChoices.ordered("YES", "Yes", "NO", "No"));
		model.addAttribute("hasErrors", !errors.isEmpty() || conflict);
		return "casework/safety-plan";
	}

	private String showNeeds(SupportCaseReading.View view, List<String> needs, String pattern, String efforts,
			int version, String problem, Model model) {
		model.addAttribute("view", view);
		model.addAttribute("sc", view.supportCase());
		model.addAttribute("needsChoices", CaseworkChoices.needs());
		model.addAttribute("chosen", needs);
		model.addAttribute("pattern", pattern);
		model.addAttribute("efforts", efforts);
		model.addAttribute("version", version);
		model.addAttribute("problem", problem);
		model.addAttribute("hasErrors", problem != null);
		return "casework/needs";
	}

}
