package tandem.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import tandem.access.BreakGlassGrants;
import tandem.agency.Actor;
import tandem.person.PersonRecords;
import tandem.risk.RiskHistory;
import tandem.risk.RiskTrend;

/**
 * The case page and its break-glass form. A case someone may not know about answers exactly like a case that does
 * not exist (doc/adr/0041).
 */
@Controller
class CaseController {

	private final CaseGate gate;

	private final EmergencyAccess emergencyAccess;

	private final CaseViewers viewers;

	private final RiskHistory riskHistory;

	private final PersonRecords people;

	private final Clock clock;

	CaseController(CaseGate gate, EmergencyAccess emergencyAccess, CaseViewers viewers, RiskHistory riskHistory,
			PersonRecords people, Clock clock) {
		this.gate = gate;
		this.people = people;
		this.riskHistory = riskHistory;
		this.emergencyAccess = emergencyAccess;
		this.viewers = viewers;
		this.clock = clock;
	}

	@PreAuthorize("hasAuthority('SIGNED_IN')")
	@GetMapping("/cases/{id}")
	String show(@PathVariable String id, Actor actor, Model model,
			HttpServletResponse response) {
		return switch (this.gate.read(actor, id)) {
			case CaseSight.Visible visible -> {
				model.addAttribute("details", visible.details());
				List<RiskHistory.Entry> assessments = this.riskHistory.forCase(visible.details().id());
				model.addAttribute("assessments", assessments);
				model.addAttribute("riskTrend", RiskTrend.of(assessments));
				model.addAttribute("today", LocalDate.now(this.clock));
				model.addAttribute("mayViewTrail", actor.servesArea(visible.details().areaId()));
				model.addAttribute("mayReassess", actor.assessesRisk());
				model.addAttribute("combined", combined(visible.details()));
				yield "cases/case";
			}
			case CaseSight.BreakGlassOffered offered -> noAccess(id, BreakGlassForm.empty(), model, response);
			case CaseSight.Hidden hidden -> CasePages.notFound(model, response);
		};
	}

	/**
	 * The people on the case whose records a coordinator combined with another record of theirs: the page says so,
	 * and no more (which records, and where, is for the review page's need-to-know).
	 */
	private Set<UUID> combined(CaseDetails details) {
		return Stream.concat(Stream.ofNullable(details.victim()),
				Stream.concat(details.perpetrators().stream(), details.children().stream()))
			.map(party -> party.person().id())
			.filter(person -> this.people.sameAs(person).size() > 1)
			.collect(Collectors.toSet());
	}

	@PreAuthorize("hasAuthority('SIGNED_IN')")
	@PostMapping("/cases/{id}/break-glass")
	String breakGlass(@PathVariable String id, @ModelAttribute("form") BreakGlassForm form,
			Actor actor, Model model, HttpServletResponse response) {
		String reason = form.reason() == null ? "" : form.reason();
		return switch (this.emergencyAccess.request(actor, id, reason)) {
			case EmergencyAccess.Result.Open open -> "redirect:/cases/" + id;
			case EmergencyAccess.Result.InvalidReason invalid -> {
				model.addAttribute("hasErrors", true);
				model.addAttribute("reasonError", invalid.problem());
				yield noAccess(id, form, model, response);
			}
			case EmergencyAccess.Result.Hidden hidden -> CasePages.notFound(model, response);
		};
	}

	@PreAuthorize("hasRole('COORDINATOR') or hasRole('CHAIR')")
	@GetMapping("/cases/{id}/views")
	String views(@PathVariable String id, Actor actor, Model model,
			HttpServletResponse response) {
		return switch (this.viewers.of(actor, id)) {
			case CaseViewers.Result.Shown shown -> {
				model.addAttribute("caseId", shown.file().id());
				model.addAttribute("reference", shown.file().reference());
				model.addAttribute("entries", shown.entries());
				model.addAttribute("zone", this.clock.getZone());
				yield "cases/views";
			}
			case CaseViewers.Result.Forbidden forbidden -> CasePages.forbidden(model, response);
			case CaseViewers.Result.Hidden hidden -> CasePages.notFound(model, response);
		};
	}

	private static String noAccess(String id, BreakGlassForm form, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.FORBIDDEN.value());
		model.addAttribute("caseId", id);
		model.addAttribute("form", form);
		model.addAttribute("validityHours", BreakGlassGrants.VALIDITY.toHours());
		return "cases/no-access";
	}

}
