package tandem.directory;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tandem.agency.Actor;
import tandem.audit.AuditAction;
import tandem.audit.AuditEvent;
import tandem.audit.AuditLog;

/** The directory of services for the signed-in user's area, one service, and its provider's capacity form. */
@Controller
class DirectoryController {

	private final ServiceDirectory directory;

	private final Capacity capacity;

	private final AuditLog audit;

	DirectoryController(ServiceDirectory directory, Capacity capacity, AuditLog audit) {
		this.directory = directory;
		this.capacity = capacity;
		this.audit = audit;
	}

	@PreAuthorize("hasAuthority('SIGNED_IN')")
	@GetMapping("/directory")
	String list(@RequestParam(required = false) String kind, Actor actor, Model model) {
		ServiceKind chosen = kindOf(kind);
		model.addAttribute("services", this.directory.coveringArea(actor.agency().areaId(), chosen));
		model.addAttribute("kinds", ServiceKind.options());
		model.addAttribute("kind", chosen == null ? null : chosen.name());
		model.addAttribute("mayAddService", ServiceAdministration.mayAdminister(actor, null));
		return "directory/services";
	}

	@PreAuthorize("hasAuthority('SIGNED_IN')")
	@GetMapping("/directory/{id}")
	String service(@PathVariable String id, Actor actor, Model model) {
		DirectoryEntry service = find(id);
		model.addAttribute("service", service);
		model.addAttribute("mayChangeCapacity", Capacity.mayChange(actor, service));
		model.addAttribute("mayChangeService", ServiceAdministration.mayAdminister(actor, service.agencyId()));
		return "directory/service";
	}

	@PreAuthorize("hasAnyRole('CASEWORKER', 'SERVICE_MANAGER')")
	@GetMapping("/directory/{id}/capacity")
	String capacityForm(@PathVariable String id, Actor actor, Model model) {
		DirectoryEntry service = provided(actor, id);
		return showCapacity(service, new CapacityForm(text(service.spacesFree()), text(service.waitingWeeks()),
				service.version()), Map.of(), null, model);
	}

	@PreAuthorize("hasAnyRole('CASEWORKER', 'SERVICE_MANAGER')")
	@PostMapping("/directory/{id}/capacity")
	String changeCapacity(@PathVariable String id, @RequestParam(defaultValue = "") String spacesFree,
			@RequestParam(defaultValue = "") String waitingWeeks, @RequestParam(defaultValue = "-1") int version,
			Actor actor, Model model, RedirectAttributes redirect) {
		DirectoryEntry service = provided(actor, id);
		CapacityForm form = new CapacityForm(spacesFree, waitingWeeks, version);
		Map<String, String> errors = form.errors();
		if (!errors.isEmpty()) {
			return showCapacity(service, form, errors, null, model);
		}
		try {
			this.capacity.update(actor, service, form);
		}
		catch (Capacity.ChangedMeanwhile ex) {
			return showCapacity(service, new CapacityForm(spacesFree, waitingWeeks, service.version()), Map.of(),
					"Someone else changed these figures while you were editing. The figures now recorded are "
							+ text(service.spacesFree()) + " spaces free and " + text(service.waitingWeeks())
							+ " weeks' wait. Check yours and save again.", model);
		}
		redirect.addFlashAttribute("success", "Capacity updated");
		return "redirect:/directory/" + service.id();
	}

	private String showCapacity(DirectoryEntry service, CapacityForm form, Map<String, String> errors,
			String conflict, Model model) {
		model.addAttribute("service", service);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("conflict", conflict);
		model.addAttribute("hasErrors", !errors.isEmpty() || conflict != null);
		return "directory/capacity";
	}

	private DirectoryEntry provided(Actor actor, String id) {
		DirectoryEntry service = find(id);
		if (!Capacity.mayChange(actor, service)) {
			this.audit.recordAlone(AuditEvent.success(actor.asAuditActor(), AuditAction.ACCESS_REFUSED,
					"directory-service", service.id()).withOutcome(AuditEvent.Outcome.REFUSED)
				.withDetail("capacity of another agency's service"));
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return service;
	}

	private DirectoryEntry find(String id) {
		return parse(id).flatMap(this.directory::find)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	static Optional<UUID> parse(String id) {
		try {
			return Optional.of(UUID.fromString(id));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static ServiceKind kindOf(String kind) {
		try {
			return kind == null || kind.isBlank() ? null : ServiceKind.valueOf(kind);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static String text(Integer number) {
		return number == null ? "" : number.toString();
	}

}
