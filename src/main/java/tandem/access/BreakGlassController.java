package tandem.access;

import java.util.Optional;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tandem.agency.Actor;

/** "Emergency access to review": a coordinator's list of break-glass grants in their area. */
@Controller
class BreakGlassController {

	private static final String VIEW = "access/break-glass";

	private final BreakGlassReviews reviews;

	BreakGlassController(BreakGlassReviews reviews) {
		this.reviews = reviews;
	}

	@PreAuthorize("hasRole('COORDINATOR')")
	@GetMapping("/break-glass")
	String list(Actor actor, Model model) {
		model.addAttribute("grants", this.reviews.awaitingReview(actor));
		return VIEW;
	}

	@PreAuthorize("hasRole('COORDINATOR')")
	@PostMapping("/break-glass/{id}/review")
	String review(@PathVariable UUID id, @RequestParam(required = false) @Nullable String note,
			Actor actor, Model model, RedirectAttributes redirect) {
		Optional<String> problem = ReviewNote.problemWith(note);
		if (problem.isPresent()) {
			model.addAttribute("hasErrors", true);
			model.addAttribute("errorGrantId", id);
			model.addAttribute("errorMessage", problem.get());
			model.addAttribute("note", note);
			return list(actor, model);
		}
		if (this.reviews.markReviewed(actor, id, new ReviewNote(note)).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute("reviewed", true);
		return "redirect:/break-glass";
	}

}
