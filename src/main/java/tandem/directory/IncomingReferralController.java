package tandem.directory;

import java.util.Map;

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

/**
 * The receiving side: a service's incoming referrals, one referral (only what it shares), and the decisions on it:
 * accept, decline with a reason, record a programme's engagement, close with an outcome.
 */
@Controller
class IncomingReferralController {

	private static final String RECEIVERS = "hasAnyRole('CASEWORKER', 'SERVICE_MANAGER')";

	private static final int LONGEST = 2000;

	private final IncomingReferrals reading;

	private final OnwardReferrals referrals;

	private final AuditLog audit;

	IncomingReferralController(IncomingReferrals reading, OnwardReferrals referrals, AuditLog audit) {
		this.reading = reading;
		this.referrals = referrals;
		this.audit = audit;
	}

	@PreAuthorize(RECEIVERS)
	@GetMapping("/service-referrals")
	String incoming(Actor actor, Model model) {
		model.addAttribute("referrals", this.reading.forAgency(actor));
		return "directory/incoming";
	}

	@PreAuthorize(OnwardReferralController.CASE_WORKERS)
	@GetMapping("/service-referrals/{id}")
	String referral(@PathVariable String id, Actor actor, Model model) {
		return show(readable(actor, id), actor, Map.of(), null, model);
	}

	@PreAuthorize(RECEIVERS)
	@PostMapping("/service-referrals/{id}/accept")
	String accept(@PathVariable String id, @RequestParam(defaultValue = "-1") int version, Actor actor, Model model,
			RedirectAttributes redirect) {
		OnwardReferral referral = received(actor, id);
		return decided(referral, actor, model, redirect, "Referral accepted",
				() -> this.referrals.accept(actor, referral, version));
	}

	@PreAuthorize(RECEIVERS)
	@PostMapping("/service-referrals/{id}/decline")
	String decline(@PathVariable String id, @RequestParam(defaultValue = "-1") int version,
			@RequestParam(defaultValue = "") String declineReason, Actor actor, Model model,
			RedirectAttributes redirect) {
		OnwardReferral referral = received(actor, id);
		String problem = declineReason.isBlank() ? "Enter why you are declining this referral"
				: declineReason.length() > LONGEST ? "The reason must be " + LONGEST + " characters or fewer" : null;
		if (problem != null) {
			model.addAttribute("declineReason", declineReason);
			return show(referral, actor, Map.of("declineReason", problem), null, model);
		}
		return decided(referral, actor, model, redirect, "Referral declined",
				() -> this.referrals.decline(actor, referral, version, declineReason));
	}

	@PreAuthorize(RECEIVERS)
	@PostMapping("/service-referrals/{id}/engagement")
	String engagement(@PathVariable String id, @RequestParam(defaultValue = "-1") int version,
			@RequestParam(defaultValue = "") String engagement, Actor actor, Model model,
			RedirectAttributes redirect) {
		OnwardReferral referral = received(actor, id);
		OnwardReferral.Engagement chosen = engagementOf(engagement);
		if (chosen == null) {
			return show(referral, actor, Map.of("engagement", "Select how the person is engaging"), null, model);
		}
		return decided(referral, actor, model, redirect, "Engagement recorded",
				() -> this.referrals.engagement(actor, referral, version, chosen));
	}

	@PreAuthorize(RECEIVERS)
	@PostMapping("/service-referrals/{id}/close")
	String close(@PathVariable String id, @RequestParam(defaultValue = "-1") int version,
			@RequestParam(defaultValue = "") String outcome, Actor actor, Model model, RedirectAttributes redirect) {
		OnwardReferral referral = received(actor, id);
		if (outcome.isBlank() || outcome.length() > LONGEST) {
			model.addAttribute("outcome", outcome);
			return show(referral, actor, Map.of("outcome", outcome.isBlank() ? "Enter the outcome of the referral"
					: "The outcome must be " + LONGEST + " characters or fewer"), null, model);
		}
		return decided(referral, actor, model, redirect, "Referral closed",
				() -> this.referrals.close(actor, referral, version, outcome, null));
	}

	private String decided(OnwardReferral referral, Actor actor, Model model, RedirectAttributes redirect,
			String success, Runnable decision) {
		try {
			decision.run();
		}
		catch (OnwardReferrals.ChangedMeanwhile ex) {
			OnwardReferral now = readable(actor, referral.id().toString());
			return show(now, actor, Map.of(), "Someone else changed this referral while you were looking at it. "
					+ "It now reads: " + now.status().label() + ". Nothing you did was saved; check and try again.",
					model);
		}
		redirect.addFlashAttribute("success", success);
		return "redirect:/service-referrals/" + referral.id();
	}

	private String show(OnwardReferral referral, Actor actor, Map<String, String> errors, String conflict,
			Model model) {
		model.addAttribute("referral", referral);
		model.addAttribute("receiving", referral.isFor(actor.agency().id()) && IncomingReferrals.receives(actor));
		model.addAttribute("errors", errors);
		model.addAttribute("conflict", conflict);
		model.addAttribute("engagements", OnwardReferralController.ordered("ATTENDING", "Attending", "DROPPED_OUT",
				"Dropped out", "COMPLETED", "Completed"));
		model.addAttribute("hasErrors", !errors.isEmpty() || conflict != null);
		return "directory/referral";
	}

	private OnwardReferral readable(Actor actor, String id) {
		return this.reading.read(actor, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** Only the receiving agency decides; the sender may read the referral but not act on it. */
	private OnwardReferral received(Actor actor, String id) {
		OnwardReferral referral = readable(actor, id);
		if (!referral.isFor(actor.agency().id())) {
			this.audit.recordAlone(AuditEvent.success(actor.asAuditActor(), AuditAction.ACCESS_REFUSED,
					"onward-referral", referral.id()).inCase(referral.caseId()).withOutcome(AuditEvent.Outcome.REFUSED)
				.withDetail("only the receiving service decides"));
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return referral;
	}

	private static OnwardReferral.Engagement engagementOf(String typed) {
		try {
			return OnwardReferral.Engagement.valueOf(typed);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
