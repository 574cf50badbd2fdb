package tandem.matching;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tandem.agency.Actor;

/** The review queue of probable matches and the side-by-side page where a coordinator decides a pair (ADR 0100). */
@Controller
class ReviewController {

	private static final String REVIEWERS = "hasRole('COORDINATOR')";

	private final ReviewPages pages;

	private final ProposalDecisions decisions;

	ReviewController(ReviewPages pages, ProposalDecisions decisions) {
		this.pages = pages;
		this.decisions = decisions;
	}

	@PreAuthorize(REVIEWERS)
	@GetMapping("/matches")
	String queue(@RequestParam(defaultValue = "OLDEST") String order, @RequestParam(defaultValue = "1") String page,
			Actor actor, Model model) {
		// A link cut short or edited by hand still leads to the queue: an order or page that means nothing shows the
		// first page, oldest first, rather than an error page with no way on.
		model.addAttribute("queue", this.pages.queue(actor, QueueOrder.named(order), pageNumber(page)));
		return "matching/queue";
	}

	@PreAuthorize(REVIEWERS)
	@GetMapping("/matches/{id}")
	String pair(@PathVariable String id, Actor actor, Model model) {
		return show(actor, id, new ReviewForm("", "", -1), Map.of(), null, model);
	}

	@PreAuthorize(REVIEWERS)
	@PostMapping("/matches/{id}")
	String decide(@PathVariable String id, @RequestParam(defaultValue = "") String decision,
			@RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "-1") int version,
			Actor actor, Model model, RedirectAttributes redirect) {
		MatchProposal proposal = this.pages.reviewable(actor, id);
		ReviewForm form = new ReviewForm(decision, reason, version);
		Map<String, String> errors = form.decisionErrors();
		if (!errors.isEmpty()) {
			return show(actor, id, form, errors, null, model);
		}
		try {
			if (form.same()) {
				this.decisions.confirm(actor, proposal, form.cleanReason(), version);
			}
			else {
				this.decisions.reject(actor, proposal, form.cleanReason(), version);
			}
		}
		catch (ProposalDecisions.DecidedMeanwhile ex) {
			return show(actor, id, form, Map.of(), "Another coordinator decided this pair, or combined one of these "
					+ "records, while you were deciding. Nothing you entered was saved: check the pair as it is now.", model);
		}
		redirect.addFlashAttribute("success", form.same() ? "The records are combined" : "Recorded as different people");
		return "redirect:/matches/" + proposal.id();
	}

	@PreAuthorize(REVIEWERS)
	@PostMapping("/matches/{id}/separation")
	String separate(@PathVariable String id, @RequestParam(defaultValue = "") String reason,
			@RequestParam(defaultValue = "-1") int version, Actor actor, Model model, RedirectAttributes redirect) {
		MatchProposal proposal = this.pages.reviewable(actor, id);
		ReviewForm form = new ReviewForm("", reason, version);
		Map<String, String> errors = form.reasonErrors("Enter why the records are being separated");
		if (!errors.isEmpty()) {
			return show(actor, id, form, errors, null, model);
		}
		try {
			this.decisions.separate(actor, proposal, form.cleanReason(), version);
		}
		catch (ProposalDecisions.DecidedMeanwhile ex) {
			return show(actor, id, form, Map.of(), "Another coordinator changed this pair while you were deciding. "
					+ "Nothing you entered was saved: check the pair as it is now.", model);
		}
		catch (ProposalDecisions.LaterCombination ex) {
			return show(actor, id, form, Map.of(), "One of these records was combined again after this pair. Separate "
					+ "that later combination first.", model);
		}
		redirect.addFlashAttribute("success", "The records are separated");
		return "redirect:/matches/" + proposal.id();
	}

	/**
	 * @param problem a problem with the form as a whole (someone else decided first); the page then shows the pair as
	 *        it is now, with what the coordinator typed kept in the form
	 */
	private String show(Actor actor, String id, ReviewForm form, Map<String, String> errors,
			@Nullable String problem, Model model) {
		ReviewPages.Pair pair = this.pages.pair(actor, id);
		model.addAttribute("pair", pair);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("problem", problem);
		model.addAttribute("decisions", ReviewForm.decisions());
		model.addAttribute("hasErrors", !errors.isEmpty() || problem != null);
		return "matching/pair";
	}

	private static int pageNumber(String page) {
		try {
			return Integer.parseInt(page.strip());
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

}
