package tandem.agency;

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

import tandem.agency.ApiClientRegistration.Registration;

/** The API clients pages: list, register (choose the agency, then the details), revoke. */
@Controller
class ApiClientController {

	static final String CHOOSE_AGENCY = "Select the agency whose system will use this client";

	private final ApiClientRegistry clients;

	private final Agencies agencies;

	private final Choices choices;

	private final ApiClientRegistration registration;

	ApiClientController(ApiClientRegistry clients, Agencies agencies, Choices choices,
			ApiClientRegistration registration) {
		this.clients = clients;
		this.agencies = agencies;
		this.choices = choices;
		this.registration = registration;
	}

	@PreAuthorize("hasRole('ADMINISTRATOR')")
	@GetMapping("/admin/api-clients")
	String list(Model model) {
		model.addAttribute("clients", this.clients.findAll());
		return "agency/api-clients";
	}

	/**
	 * Without an agency, asks which agency the client is for; with one (the first question's answer, sent by GET so no
	 * script is needed), offers the client id that follows from it.
	 */
	@PreAuthorize("hasRole('ADMINISTRATOR')")
	@GetMapping("/admin/api-clients/new")
	String registerForm(@RequestParam(required = false) @Nullable String agency, Model model) {
		Optional<AgencySummary> chosen = Input.id(Input.text(agency))
			.flatMap(this.agencies::findById)
			.filter(AgencySummary::active);
		if (chosen.isEmpty()) {
			return agencyPage(new FormErrors().check("agency", agency == null, CHOOSE_AGENCY), model);
		}
		return detailsPage(chosen.get(), ApiClientForm.forAgency(chosen.get()), new FormErrors(), model);
	}

	/** Shows the secret on this response rather than after a redirect, so it is never kept in the session. */
	@PreAuthorize("hasRole('ADMINISTRATOR')")
	@PostMapping("/admin/api-clients")
	String register(ApiClientForm form, Actor actor, Model model) {
		Registration registered;
		try {
			registered = this.registration.register(form, actor);
		}
		catch (DuplicateKeyException alreadyRegistered) {
			registered = new Registration(
					new FormErrors().add("clientId", ApiClientRegistration.alreadyRegistered(form.clientId())), null);
		}
		String secret = registered.secret();
		if (secret != null) {
			model.addAttribute("clientId", form.clientId());
			model.addAttribute("secret", secret);
			return "agency/api-client-registered";
		}
		Optional<AgencySummary> agency = Input.id(form.agency()).flatMap(this.agencies::findById);
		String agencyError = registered.errors().of("agency");
		if (agency.isEmpty() || agencyError != null) {
			// The agency was deactivated meanwhile, or the hidden field was tampered with: ask again.
			return agencyPage(new FormErrors().add("agency", agencyError != null ? agencyError : CHOOSE_AGENCY), model);
		}
		return detailsPage(agency.get(), form, registered.errors(), model);
	}

	@PreAuthorize("hasRole('ADMINISTRATOR')")
	@GetMapping("/admin/api-clients/{id}/revoke")
	String revokeForm(@PathVariable UUID id, Model model) {
		model.addAttribute("client", this.clients.findById(id).orElseThrow(NotFound::new));
		return "agency/api-client-revoke";
	}

	@PreAuthorize("hasRole('ADMINISTRATOR')")
	@PostMapping("/admin/api-clients/{id}/revoke")
	String revoke(@PathVariable UUID id, Actor actor, RedirectAttributes redirect) {
		this.registration.revoke(id, actor);
		redirect.addFlashAttribute("success", "API client revoked: its tokens no longer work");
		return "redirect:/admin/api-clients";
	}

	private String agencyPage(FormErrors errors, Model model) {
		model.addAttribute("agencyChoices", this.choices.activeAgencies(null));
		errors.addTo(model);
		return "agency/api-client-agency";
	}

	private static String detailsPage(AgencySummary agency, ApiClientForm form, FormErrors errors, Model model) {
		model.addAttribute("agency", agency);
		model.addAttribute("form", form);
		errors.addTo(model);
		return "agency/api-client-details";
	}

}
