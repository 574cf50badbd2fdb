package tandem.triage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
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
import tandem.cases.CaseGate;
import tandem.cases.CaseSight;
import tandem.directory.DirectoryEntry;
import tandem.directory.ServiceDirectory;

/** The triage queue of the member's area and the decision page for one referral. */
@Controller
class TriageController {

	private static final String MEMBERS = "hasAnyRole('TRIAGE', 'COORDINATOR')";

	private final TriageItems items;

	private final TriageDecisions decisions;

	private final CaseGate gate;

	private final ServiceDirectory directory;

	private final AuditLog audit;

	private final Clock clock;

	TriageController(TriageItems items, TriageDecisions decisions, CaseGate gate, ServiceDirectory directory,
			AuditLog audit, Clock clock) {
		this.audit = audit;
		this.items = items;
		this.decisions = decisions;
		this.gate = gate;
		this.directory = directory;
		this.clock = clock;
	}

	@PreAuthorize(MEMBERS)
	@GetMapping("/triage")
	String queue(Actor actor, Model model) {
		Instant now = Instant.now(this.clock);
		model.addAttribute("waiting", this.items.waiting(actor.agency().areaId()));
		model.addAttribute("decided", this.items.decidedSince(actor.agency().areaId(), now.minus(Duration.ofDays(7))));
		model.addAttribute("now", now);
		return "triage/queue";
	}

	@PreAuthorize(MEMBERS)
	@GetMapping("/triage/{id}")
	String item(@PathVariable String id, Actor actor, Model model) {
		TriageItem item = inArea(actor, id);
		return show(actor, item, new TriageDecisionForm("", "", "", "", item.version()), Map.of(), model);
	}

	@PreAuthorize(MEMBERS)
	@PostMapping("/triage/{id}")
	String decide(@PathVariable String id, @RequestParam(defaultValue = "") String route,
			@RequestParam(defaultValue = "") String service, @RequestParam(defaultValue = "") String reason,
			@RequestParam(defaultValue = "") String actions, @RequestParam(defaultValue = "-1") int version,
			Actor actor, Model model, RedirectAttributes redirect) {
		TriageItem item = inArea(actor, id);
		TriageDecisionForm form = new TriageDecisionForm(route, service, reason, actions, version);
		Map<String, String> errors = new LinkedHashMap<>(form.errors());
		Optional<DirectoryEntry> chosenService = form.chosenRoute().filter(r -> r == TriageRoute.SERVICE)
			.flatMap(r -> parse(service)).flatMap(this.directory::find)
			.filter(entry -> services(item).containsKey(entry.id().toString()));
		if (form.chosenRoute().filter(r -> r == TriageRoute.SERVICE).isPresent() && chosenService.isEmpty()) {
			errors.putIfAbsent("service", "Select a service that covers the area");
		}
		if (!errors.isEmpty()) {
			return show(actor, item, form, errors, model);
		}
		try {
			this.decisions.decide(actor, item, form.chosenRoute().get(), chosenService.map(DirectoryEntry::id).orElse(null),
					reason.isBlank() ? null : reason.strip(), form.actionLines(), version);
		}
		catch (TriageDecisions.AlreadyDecided ex) {
			return show(actor, this.items.find(item.id()).orElseThrow(), form, Map.of("route",
					"Someone else routed this referral while you were deciding. Their decision is shown above"), model);
		}
		catch (TriageDecisions.NoIdvaService ex) {
			return show(actor, item, form, Map.of("route", "This area has no IDVA service in Tandem: choose another route"),
					model);
		}
		redirect.addFlashAttribute("success", "Referral " + item.caseReference() + " routed: "
				+ form.chosenRoute().get().label());
		return chosenService.map(s -> "redirect:/cases/" + item.caseId() + "/onward-referrals/new?service=" + s.id())
			.orElse("redirect:/triage");
	}

	private String show(Actor actor, TriageItem item, TriageDecisionForm form, Map<String, String> errors,
			Model model) {
		// The case is read through the gate, which records the view; a triage member serves the whole area.
		if (!(this.gate.read(actor, item.caseId().toString()) instanceof CaseSight.Visible visible)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("item", item);
		model.addAttribute("details", visible.details());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("routes", TriageRoute.options());
		model.addAttribute("services", services(item));
		model.addAttribute("now", Instant.now(this.clock));
		model.addAttribute("hasErrors", !errors.isEmpty());
		return "triage/item";
	}

	private Map<String, String> services(TriageItem item) {
		Map<String, String> services = new LinkedHashMap<>();
		this.directory.coveringArea(item.areaId(), null)
			.forEach(entry -> services.put(entry.id().toString(), entry.name() + " (" + entry.kind().label() + ")"));
		return services;
	}

	/** Only the member's own area's queue: another area's referral does not exist for them (refusal audited). */
	private TriageItem inArea(Actor actor, String id) {
		TriageItem item = parse(id).flatMap(this.items::find)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!item.areaId().equals(actor.agency().areaId())) {
			this.audit.recordAlone(AuditEvent.success(actor.asAuditActor(), AuditAction.ACCESS_REFUSED, "triage-item",
					item.id()).inCase(item.caseId()).withOutcome(AuditEvent.Outcome.REFUSED).withDetail("another area"));
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return item;
	}

	private static Optional<UUID> parse(String id) {
		try {
			return Optional.of(UUID.fromString(id));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
