package tandem.directory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tandem.agency.Actor;
import tandem.agency.Role;
import tandem.audit.AuditAction;
import tandem.audit.AuditEvent;
import tandem.audit.AuditLog;

/**
 * The pages that add a service to the directory and change one. Everyone signed in reaches the handlers so that a
 * refusal (anyone but an administrator or the providing agency's service manager) is audited before the 403.
 */
@Controller
class ServiceAdminController {

	static final String CONFLICT = "Someone else changed this service while you were editing. Their change has been "
			+ "kept: check the service's details and save again if yours are still needed.";

	private static final Map<String, String> RISK_LEVELS = new LinkedHashMap<>();

	static {
		RISK_LEVELS.put("STANDARD", "Standard");
		RISK_LEVELS.put("MEDIUM", "Medium");
		RISK_LEVELS.put("HIGH", "High");
	}

	private final ServiceAdministration administration;

	private final AuditLog audit;

	ServiceAdminController(ServiceAdministration administration, AuditLog audit) {
		this.administration = administration;
		this.audit = audit;
	}

	@PreAuthorize("hasAuthority('SIGNED_IN')")
	@GetMapping("/directory/new")
	String addForm(Actor actor, Model model) {
		allowed(actor, null, null);
		String own = actor.has(Role.ADMINISTRATOR) ? "" : actor.agency().id().toString();
		return page(actor, null, ServiceForm.empty(own), Map.of(), null, model);
	}

	@PreAuthorize("hasAuthority('SIGNED_IN')")
	@PostMapping("/directory/new")
	String add(ServiceForm typed, Actor actor, Model model, RedirectAttributes redirect) {
		allowed(actor, null, null);
		ServiceForm form = actor.has(Role.ADMINISTRATOR) ? typed : typed.withAgency(actor.agency().id().toString());
		Map<String, String> errors = errors(actor, form, null);
		if (!errors.isEmpty()) {
			return page(actor, null, form, errors, null, model);
		}
		UUID id = this.administration.add(actor, form);
		redirect.addFlashAttribute("success", "Service added to the directory");
		return "redirect:/directory/" + id;
	}

	@PreAuthorize("hasAuthority('SIGNED_IN')")
	@GetMapping("/directory/{id}/edit")
	String changeForm(@PathVariable String id, Actor actor, Model model) {
		UUID serviceId = serviceId(id);
		ServiceForm stored = stored(serviceId);
		allowed(actor, serviceId, stored.agency());
		return page(actor, serviceId, stored, Map.of(), null, model);
	}

	@PreAuthorize("hasAuthority('SIGNED_IN')")
	@PostMapping("/directory/{id}/edit")
	String change(@PathVariable String id, ServiceForm typed, Actor actor, Model model, RedirectAttributes redirect) {
		UUID serviceId = serviceId(id);
		ServiceForm stored = stored(serviceId);
		allowed(actor, serviceId, stored.agency());
		// A service manager keeps the service with their own agency; only an administrator moves it.
		ServiceForm form = actor.has(Role.ADMINISTRATOR) ? typed : typed.withAgency(stored.agency());
		Map<String, String> errors = errors(actor, form, stored.agency());
		if (!errors.isEmpty()) {
			return page(actor, serviceId, form, errors, null, model);
		}
		try {
			this.administration.change(actor, serviceId, form);
		}
		catch (ServiceAdministration.ChangedMeanwhile ex) {
			ServiceForm now = stored(serviceId);
			return page(actor, serviceId, form.withVersion(now.version()), Map.of(), CONFLICT, model);
		}
		redirect.addFlashAttribute("success", "Service details saved");
		return "redirect:/directory/" + serviceId;
	}

	private Map<String, String> errors(Actor actor, ServiceForm form, @Nullable String present) {
		return form.errors(this.administration.providers(actor, present).keySet(),
				this.administration.areas().keySet());
	}

	private String page(Actor actor, @Nullable UUID serviceId, ServiceForm form, Map<String, String> errors,
			@Nullable String conflict, Model model) {
		String present = serviceId == null ? null : stored(serviceId).agency();
		model.addAttribute("serviceId", serviceId);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("conflict", conflict);
		model.addAttribute("hasErrors", !errors.isEmpty() || conflict != null);
		model.addAttribute("providers", this.administration.providers(actor, present));
		model.addAttribute("choosesProvider", actor.has(Role.ADMINISTRATOR));
		model.addAttribute("areas", this.administration.areas());
		model.addAttribute("kinds", ServiceKind.options());
		model.addAttribute("riskLevels", RISK_LEVELS);
		model.addAttribute("nonMandatedChoice",
				Map.of("true", "Accepts people who join without a court or probation requirement"));
		model.addAttribute("activeChoice", Map.of("true", "The service is active and shown in the directory"));
		return "directory/service-form";
	}

	/** Refuses, audited, anyone who may not administer the agency's services (any agency's, when adding). */
	private void allowed(Actor actor, @Nullable UUID serviceId, @Nullable String agencyId) {
		if (!ServiceAdministration.mayAdminister(actor, agencyId == null ? null : UUID.fromString(agencyId))) {
			this.audit.recordAlone(AuditEvent.success(actor.asAuditActor(), AuditAction.ACCESS_REFUSED,
					"directory-service", serviceId).withOutcome(AuditEvent.Outcome.REFUSED)
				.withDetail(serviceId == null ? "add a directory service" : "change a directory service"));
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}

	private ServiceForm stored(UUID serviceId) {
		return this.administration.formOf(serviceId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static UUID serviceId(String id) {
		return DirectoryController.parse(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
