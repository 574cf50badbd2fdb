package tandem.casework;

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

/** Allocating a case to a worker or handing it over (service managers), and closing it with a reason. */
@Controller
class AllocationController {

	private static final int LONGEST = 2000;

	private final CaseworkAccess access;

	private final Allocation allocation;

	private final CaseworkChanges changes;

	AllocationController(CaseworkAccess access, Allocation allocation, CaseworkChanges changes) {
		this.access = access;
		this.allocation = allocation;
		this.changes = changes;
	}

	@PreAuthorize("hasRole('SERVICE_MANAGER')")
	@GetMapping("/support-cases/{id}/allocate")
	String allocateForm(@PathVariable String id, Actor actor, Model model) {
		return showAllocate(this.access.managed(actor, id), "", "", Map.of(), model);
	}

	@PreAuthorize("hasRole('SERVICE_MANAGER')")
	@PostMapping("/support-cases/{id}/allocate")
	String allocate(@PathVariable String id, @RequestParam(defaultValue = "") String worker,
			@RequestParam(defaultValue = "") String note, Actor actor, Model model, RedirectAttributes redirect) {
		SupportCase supportCase = this.access.managed(actor, id);
		Optional<UUID> workerId = CaseworkAccess.parse(worker);
		if (workerId.isEmpty() || !this.allocation.workers(supportCase.agencyId()).containsKey(worker)) {
			return showAllocate(supportCase, worker, note, Map.of("worker", "Select a caseworker"), model);
		}
		if (note.length() > LONGEST) {
			return showAllocate(supportCase, worker, note,
					Map.of("note", "The note must be " + LONGEST + " characters or fewer"), model);
		}
		this.allocation.allocate(actor, supportCase, workerId.get(), note.isBlank() ? null : note.strip());
		redirect.addFlashAttribute("success", supportCase.allocated() ? "Case handed over" : "Case allocated");
		return "redirect:/support-cases/" + supportCase.id();
	}

	@PreAuthorize(SupportCaseController.WORKERS)
	@GetMapping("/support-cases/{id}/close")
	String closeForm(@PathVariable String id, Actor actor, Model model) {
		return showClose(this.access.supportCase(actor, id), "", "", Map.of(), model);
	}

	@PreAuthorize(SupportCaseController.WORKERS)
	@PostMapping("/support-cases/{id}/close")
	String close(@PathVariable String id, @RequestParam(defaultValue = "") String reason,
			@RequestParam(defaultValue = "") String closureNote, @RequestParam(defaultValue = "-1") int version,
			Actor actor, Model model, RedirectAttributes redirect) {
		SupportCase supportCase = this.access.supportCase(actor, id);
		Optional<ClosureReason> chosen = SupportCaseController.choice(ClosureReason.class, reason);
		if (chosen.isEmpty()) {
			return showClose(supportCase, reason, closureNote, Map.of("reason", "Select why the case is closing"), model);
		}
		if (chosen.get() == ClosureReason.OTHER && closureNote.isBlank() || closureNote.length() > LONGEST) {
			return showClose(supportCase, reason, closureNote, Map.of("closureNote", closureNote.isBlank()
					? "Say why the case is closing" : "The note must be " + LONGEST + " characters or fewer"), model);
		}
		try {
			this.changes.close(actor, supportCase, version, chosen.get(), closureNote.isBlank() ? null : closureNote.strip());
		}
		catch (CaseworkChanges.OpenActions ex) {
			return showClose(supportCase, reason, closureNote, Map.of("reason", "The case has " + ex.count()
					+ (ex.count() == 1 ? " open action" : " open actions") + ". Complete or reassign "
					+ (ex.count() == 1 ? "it" : "them") + " before closing the case"), model);
		}
		catch (CaseworkChanges.ChangedMeanwhile ex) {
			return showClose(this.access.supportCase(actor, id), reason, closureNote, Map.of("reason",
					"Someone else changed this case while you were closing it. Check the case and try again"), model);
		}
		redirect.addFlashAttribute("success", "Case closed");
		return "redirect:/support-cases/" + supportCase.id();
	}

	private String showAllocate(SupportCase supportCase, String worker, String note, Map<String, String> errors,
			Model model) {
		model.addAttribute("sc", supportCase);
		model.addAttribute("workers", this.allocation.workers(supportCase.agencyId()));
		model.addAttribute("worker", worker);
		model.addAttribute("note", note);
		model.addAttribute("errors", errors);
		model.addAttribute("hasErrors", !errors.isEmpty());
		return "casework/allocate";
	}

	private String showClose(SupportCase supportCase, String reason, String note, Map<String, String> errors,
			Model model) {
		model.addAttribute("sc", supportCase);
		model.addAttribute("reasons", ClosureReason.options());
		model.addAttribute("reason", reason);
		model.addAttribute("closureNote", note);
		model.addAttribute("errors", errors);
		model.addAttribute("hasErrors", !errors.isEmpty());
		return "casework/close";
	}

}
