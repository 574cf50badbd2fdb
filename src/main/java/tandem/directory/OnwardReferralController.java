package tandem.directory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
import tandem.cases.CaseDetails;
import tandem.cases.CaseGate;
import tandem.cases.CaseSight;

/** The case side of onward referrals: a case's referrals to services, and the form that sends one. */
@Controller
class OnwardReferralController {

	static final String CASE_WORKERS = "hasAnyRole('REFERRER', 'CASEWORKER', 'SERVICE_MANAGER', 'COORDINATOR', "
			+ "'CHAIR', 'AGENCY_REPRESENTATIVE', 'TRIAGE')";

	private final CaseGate gate;

	private final ServiceDirectory directory;

	private final OnwardReferrals referrals;

	private final IncomingReferrals reading;

	OnwardReferralController(CaseGate gate, ServiceDirectory directory, OnwardReferrals referrals,
			IncomingReferrals reading) {
		this.gate = gate;
		this.directory = directory;
		this.referrals = referrals;
		this.reading = reading;
	}

	@PreAuthorize(CASE_WORKERS)
	@GetMapping("/cases/{caseId}/onward-referrals")
	String ofCase(@PathVariable String caseId, Actor actor, Model model) {
		CaseDetails details = visible(actor, caseId);
		model.addAttribute("details", details);
		model.addAttribute("referrals", this.reading.ofCase(details.id()));
		return "directory/case-referrals";
	}

	@PreAuthorize(CASE_WORKERS)
	@GetMapping("/cases/{caseId}/onward-referrals/new")
	String form(@PathVariable String caseId, @RequestParam(defaultValue = "") String service, Actor actor,
			Model model) {
		CaseDetails details = visible(actor, caseId);
		OnwardReferralForm form = new OnwardReferralForm(service, "", List.of(), "", "", "", "");
		return show(details, form, Map.of(), model);
	}

	@PreAuthorize(CASE_WORKERS)
	@PostMapping("/cases/{caseId}/onward-referrals")
	String send(@PathVariable String caseId, @RequestParam(defaultValue = "") String service,
			@RequestParam(defaultValue = "") String reason, @RequestParam(required = false) List<String> share,
			@RequestParam(defaultValue = "") String consent, @RequestParam(defaultValue = "") String lawfulBasis,
			@RequestParam(defaultValue = "") String lawfulBasisNote, @RequestParam(defaultValue = "") String mandated,
			Actor actor, Model model, RedirectAttributes redirect) {
		CaseDetails details = visible(actor, caseId);
		OnwardReferralForm form = new OnwardReferralForm(service, reason, share == null ? List.of() : share, consent,
				lawfulBasis, lawfulBasisNote, mandated);
		Optional<DirectoryEntry> chosen = DirectoryController.parse(service)
			.flatMap(this.directory::find)
			.filter(entry -> entry.areasCovered().contains(details.areaName()));
		Map<String, String> errors = new LinkedHashMap<>(
				form.errors(chosen.map(DirectoryEntry::perpetratorProgramme).orElse(false)));
		if (chosen.isEmpty()) {
			errors.putIfAbsent("service", "Select a service that covers this case's area");
		}
		if (!errors.isEmpty()) {
			return show(details, form, errors, model);
		}
		this.referrals.send(actor, details, chosen.get(), form);
		redirect.addFlashAttribute("success", "Referral sent to " + chosen.get().name());
		return "redirect:/cases/" + details.id() + "/onward-referrals";
	}

	private String show(CaseDetails details, OnwardReferralForm form, Map<String, String> errors, Model model) {
		Map<String, String> services = new LinkedHashMap<>();
		this.directory.coveringArea(details.areaId(), null)
			.forEach(entry -> services.put(entry.id().toString(), entry.name() + " (" + entry.kind().label() + ", "
					+ entry.organisation() + ")"));
		model.addAttribute("details", details);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("services", services);
		model.addAttribute("shares", ordered("NAME", "Name and date of birth", "CONTACT",
				"A contact marked safe to use, with its safe times", "RISK", "Current risk level", "CHILDREN",
				"Children's names and ages"));
		model.addAttribute("consents", ordered("GIVEN", "Yes, they have consented", "NOT_GIVEN",
				"No, I am sharing without consent"));
		model.addAttribute("bases", LawfulBasis.options());
		model.addAttribute("mandatedChoices", ordered("YES", "Yes", "NO", "No, they are joining voluntarily"));
		model.addAttribute("hasErrors", !errors.isEmpty());
		return "directory/refer";
	}

	/** Choices in the order given: value, label, value, label, … */
	static Map<String, String> ordered(String... valuesAndLabels) {
		Map<String, String> choices = new LinkedHashMap<>();
		for (int i = 0; i < valuesAndLabels.length; i += 2) {
			choices.put(valuesAndLabels[i], valuesAndLabels[i + 1]);
		}
		return choices;
	}

	private CaseDetails visible(Actor actor, String caseId) {
		if (this.gate.read(actor, caseId) instanceof CaseSight.Visible visible) {
			return visible.details();
		}
		throw new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
