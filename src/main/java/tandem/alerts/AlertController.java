package tandem.alerts;

import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
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

/**
 * The area's open alerts for its MARAC coordinators, each to be acknowledged with an optional note, and those
 * acknowledged lately with who did and what they noted.
 */
@Controller
class AlertController {

	private final AlertViews views;

	private final AlertAcknowledgement acknowledgement;

	AlertController(AlertViews views, AlertAcknowledgement acknowledgement) {
		this.views = views;
		this.acknowledgement = acknowledgement;
	}

	@PreAuthorize("hasRole('COORDINATOR')")
	@GetMapping("/alerts")
	String list(Actor actor, Model model) {
		return page(actor, model, Map.of(), null, null);
	}

	@PreAuthorize("hasRole('COORDINATOR')")
	@PostMapping("/alerts/{id}/acknowledge")
	String acknowledge(Actor actor, @PathVariable String id, @RequestParam(defaultValue = "") String note, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		UUID alertId = parse(id);
		String kept = note.strip();
		if (kept.length() > AlertAcknowledgement.NOTE_MAX) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("hasErrors", true);
			return page(actor, model, Map.of("note-" + alertId,
					"Note must be " + AlertAcknowledgement.NOTE_MAX + " characters or fewer"), alertId, note);
		}
		this.acknowledgement.acknowledge(actor, alertId, kept.isEmpty() ? null : kept);
		redirect.addFlashAttribute("success", "Alert acknowledged");
		return "redirect:/alerts";
	}

	private String page(Actor actor, Model model, Map<String, String> errors, @Nullable UUID failed,
			@Nullable String typed) {
		AlertViews.AlertList alerts = this.views.listFor(actor);
		model.addAttribute("alerts", alerts.open());
		model.addAttribute("acknowledged", alerts.acknowledged());
		model.addAttribute("errors", errors);
		model.addAttribute("failed", failed);
		model.addAttribute("typed", typed);
		return "alerts/list";
	}

	/** A malformed id is an alert that does not exist. */
	private static UUID parse(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException malformed) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

}
