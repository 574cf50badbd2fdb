package tandem.casework;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tandem.agency.Actor;
import tandem.agency.Role;

/**
 * A service's case page and its everyday forms: record a contact or attempt (with the safe ways to make contact in
 * view), add and complete actions, set the next risk review. A form with errors shows the page again with what was
 * typed.
 */
@Controller
class SupportCaseController {

	static final String WORKERS = "hasAnyRole('CASEWORKER', 'SERVICE_MANAGER')";

	private static final int LONGEST = 2000;

	private final CaseworkAccess access;

	private final SupportCaseReading reading;

	private final CaseworkChanges changes;

	SupportCaseController(CaseworkAccess access, SupportCaseReading reading, CaseworkChanges changes) {
		this.access = access;
		this.reading = reading;
		this.changes = changes;
	}

	@PreAuthorize(WORKERS)
	@GetMapping("/support-cases/{id}")
	String supportCase(@PathVariable String id, Actor actor, Model model) {
		return show(actor, id, Map.of(), Map.of(), model);
	}

	@PreAuthorize(WORKERS)
	@PostMapping("/support-cases/{id}/contacts")
	String contact(@PathVariable String id, @RequestParam Map<String, String> typed, Actor actor, Model model,
			RedirectAttributes redirect) {
		SupportCase supportCase = this.access.supportCase(actor, id);
		Optional<CaseworkChanges.Method> method = choice(CaseworkChanges.Method.class, typed.get("method"));
		Optional<CaseworkChanges.ContactOutcome> outcome = choice(CaseworkChanges.ContactOutcome.class,
				typed.get("contactOutcome"));
		String note = typed.getOrDefault("contactNote", "");
		Map<String, String> errors = new LinkedHashMap<>();
		method.ifPresentOrElse(m -> { }, () -> errors.put("method", "Select how you tried to make contact"));
		outcome.ifPresentOrElse(o -> { }, () -> errors.put("contactOutcome", "Select what happened"));
		if (note.length() > LONGEST) {
			errors.put("contactNote", "The note must be " + LONGEST + " characters or fewer");
		}
		if (!errors.isEmpty()) {
			return show(actor, id, typed, errors, model);
		}
		this.changes.recordContact(actor, supportCase, method.get(), outcome.get(), note.isBlank() ? null : note.strip());
		redirect.addFlashAttribute("success", "Contact recorded");
		return "redirect:/support-cases/" + supportCase.id() + "#contacts";
	}

	@PreAuthorize(WORKERS)
	@PostMapping("/support-cases/{id}/actions")
	String action(@PathVariable String id, @RequestParam Map<String, String> typed, Actor actor, Model model,
			RedirectAttributes redirect) {
		SupportCase supportCase = this.access.supportCase(actor, id);
		String description = typed.getOrDefault("action", "");
		String due = typed.getOrDefault("actionDue", "");
		Optional<LocalDate> dueOn = TypedDate.parse(due);
		Map<String, String> errors = new LinkedHashMap<>();
		if (description.isBlank() || description.length() > LONGEST) {
			errors.put("action", description.isBlank() ? "Enter the action"
					: "The action must be " + LONGEST + " characters or fewer");
		}
		if (!due.isBlank() && dueOn.isEmpty()) {
			errors.put("actionDue", "Enter the due date as a real date, like 27/3/2027");
		}
		if (!errors.isEmpty()) {
			return show(actor, id, typed, errors, model);
		}
		this.changes.addAction(actor, supportCase, description, dueOn.orElse(null));
		redirect.addFlashAttribute("success", "Action added");
		return "redirect:/support-cases/" + supportCase.id() + "#actions";
	}

	@PreAuthorize(WORKERS)
	@PostMapping("/support-cases/{id}/actions/{actionId}/complete")
	String complete(@PathVariable String id, @PathVariable String actionId, Actor actor, RedirectAttributes redirect) {
		SupportCase supportCase = this.access.supportCase(actor, id);
		Optional<UUID> action = CaseworkAccess.parse(actionId);
		action.ifPresent(a -> this.changes.completeAction(actor, supportCase, a));
		redirect.addFlashAttribute("success", "Action completed");
		return "redirect:/support-cases/" + supportCase.id() + "#actions";
	}

	@PreAuthorize(WORKERS)
	@PostMapping("/support-cases/{id}/review")
	String review(@PathVariable String id, @RequestParam Map<String, String> typed, Actor actor, Model model,
			RedirectAttributes redirect) {
		SupportCase supportCase = this.access.supportCase(actor, id);
		Optional<LocalDate> due = TypedDate.parse(typed.getOrDefault("reviewDue", ""));
		if (due.isEmpty() || due.get().isBefore(this.reading.today())) {
			return show(actor, id, typed, Map.of("reviewDue", due.isEmpty()
					? "Enter the review date as a real date, like 27/3/2027" : "The review date must be today or later"),
					model);
		}
		this.changes.reviewDue(actor, supportCase, due.get());
		redirect.addFlashAttribute("success", "Risk review date set");
		return "redirect:/support-cases/" + supportCase.id();
	}

	private String show(Actor actor, String id, Map<String, String> typed, Map<String, String> errors, Model model) {
		SupportCaseReading.View view = this.reading.read(actor, id);
		model.addAttribute("view", view);
		model.addAttribute("sc", view.supportCase());
		model.addAttribute("details", view.details());
		model.addAttribute("typed", typed);
		model.addAttribute("errors", errors);
		model.addAttribute("today", this.reading.today());
		model.addAttribute("manager", actor.has(Role.SERVICE_MANAGER));
		model.addAttribute("methods", CaseworkChoices.methods());
		model.addAttribute("contactOutcomes", CaseworkChoices.contactOutcomes());
		model.addAttribute("hasErrors", !errors.isEmpty());
		return "casework/case";
	}

	static <E extends Enum<E>> Optional<E> choice(Class<E> type, String typed) {
		try {
			return typed == null ? Optional.empty() : Optional.of(Enum.valueOf(type, typed));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
