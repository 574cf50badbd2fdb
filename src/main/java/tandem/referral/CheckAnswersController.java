package tandem.referral;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import tandem.agency.Actor;
import tandem.risk.DashQuestion;

/**
 * Check your answers (with the result and why, worked out live by the area's rules), send, and the confirmation.
 * The same validator as the API decides whether the draft can be sent; its problems link back to the page to fix.
 */
@Controller
class CheckAnswersController {

	private final DraftJourney journey;

	private final JourneyChoices choices;

	private final ReferrerHome home;

	CheckAnswersController(DraftJourney journey, JourneyChoices choices, ReferrerHome home) {
		this.journey = journey;
		this.choices = choices;
		this.home = home;
	}

	/** A problem as the check page lists it: the message, and the page and field where it is fixed. */
	record Problem(String message, String href) {
	}

	@PreAuthorize(DraftController.REFERS)
	@GetMapping("/referrals/drafts/{id}/check")
	String check(Actor actor, @PathVariable UUID id, @RequestParam(required = false) @Nullable String stale,
			Model model) {
		DraftJourney.Check check = this.journey.check(actor, id);
		return show(check, check.problems(), stale != null, model);
	}

	@PreAuthorize(DraftController.REFERS)
	@PostMapping("/referrals/drafts/{id}/send")
	String send(Actor actor, @PathVariable UUID id, @RequestParam long version,
			@RequestParam(required = false) @Nullable String route, Model model) {
		DraftJourney.Sent sent;
		try {
			sent = this.journey.send(actor, id, version, chosen(route));
		}
		catch (DraftJourney.StaleDraft ex) {
			return "redirect:/referrals/drafts/" + id + "/check?stale";
		}
		if (sent.outcome() == null) {
			return show(this.journey.check(actor, id), sent.problems(), false, model);
		}
		return "redirect:/referrals/" + sent.outcome().id() + "/sent";
	}

	@PreAuthorize(DraftController.REFERS)
	@GetMapping("/referrals/{referralId}/sent")
	String sent(Actor actor, @PathVariable UUID referralId, Model model) {
		model.addAttribute("outcome", this.home.confirmation(actor, referralId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		return "referral/sent";
	}

	private String show(DraftJourney.Check check, List<FieldProblem> problems, boolean stale, Model model) {
		List<Problem> listed = problems.stream()
			.map(problem -> new Problem(problem.message(), JourneyStep.owning(problem.field())
				.map(step -> "/referrals/drafts/" + check.draft().id() + "/" + step.slug() + "?from=check#"
						+ problem.field())
				.orElse("#" + problem.field())))
			.toList();
		model.addAttribute("draft", check.draft());
		model.addAttribute("answers", check.draft().answers());
		model.addAttribute("problems", listed);
		model.addAttribute("risk", check.risk().orElse(null));
		model.addAttribute("stale", stale);
		model.addAttribute("routeError", problems.stream().filter(problem -> problem.field().equals("route"))
			.map(FieldProblem::message).findFirst().orElse(null));
		model.addAttribute("hasErrors", !listed.isEmpty() || stale);
		model.addAttribute("choices", this.choices.all());
		model.addAttribute("areas", this.choices.areas());
		model.addAttribute("steps", JourneyStep.values());
		model.addAttribute("questions", DashQuestion.values());
		return "referral/check";
	}

	private static @Nullable Route chosen(@Nullable String route) {
		return Arrays.stream(Route.values())
			.filter(r -> r != Route.MARAC_AND_IDVA && r.name().equals(route))
			.findFirst()
			.orElse(null);
	}

}
