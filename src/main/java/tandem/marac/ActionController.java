package tandem.marac;

import java.time.Clock;
import java.time.LocalDate;
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

import tandem.agency.Actor;
import tandem.notify.Outbox;

/** An agency's open MARAC actions, and the coordinator's view of every open and overdue action by agency. */
@Controller
class ActionController {

	private final Actions actions;

	private final ActionProgress progress;

	private final Outbox outbox;

	private final RepeatWindow repeats;

	private final Clock clock;

	ActionController(Actions actions, ActionProgress progress, Outbox outbox, RepeatWindow repeats, Clock clock) {
		this.actions = actions;
		this.progress = progress;
		this.outbox = outbox;
		this.repeats = repeats;
		this.clock = clock;
	}

	@PreAuthorize("hasAuthority('SIGNED_IN')")
	@GetMapping("/marac/actions")
	String mine(Actor actor, Model model) {
		return page(actor, model, Problems.none(), null);
	}

	@PreAuthorize("hasAuthority('SIGNED_IN')")
	@PostMapping("/marac/actions/{id}")
	String record(@PathVariable UUID id, @RequestParam int version, @RequestParam(defaultValue = "") String note,
			@RequestParam(defaultValue = "progress") String what, Actor actor, Model model, HttpServletResponse response) {
		try {
			this.progress.record(actor, id, version, note, "complete".equals(what));
			return "redirect:/marac/actions";
		}
		catch (ChangeRefused refused) {
			response.setStatus(refused.field().equals("conflict") ? HttpStatus.CONFLICT.value()
					: HttpStatus.UNPROCESSABLE_CONTENT.value());
			Problems problems = refused.field().equals("note")
					? Problems.of(java.util.Map.of("note-" + id, refused.getMessage())) : Problems.of(refused);
			model.addAttribute("typed", note);
			return page(actor, model, problems, id);
		}
	}

	@PreAuthorize("hasAnyRole('COORDINATOR', 'CHAIR')")
	@GetMapping("/marac/overview")
	String overview(Actor actor, Model model) {
		UUID area = actor.agency().areaId();
		model.addAttribute("actions", this.actions.openInArea(area));
		model.addAttribute("today", LocalDate.now(this.clock));
		model.addAttribute("failedEmails", this.outbox.failedFor(area));
		model.addAttribute("lapsing", this.repeats.lapsingSoon(actor));
		return "marac/overview";
	}

	private String page(Actor actor, Model model, Problems problems, @Nullable UUID failed) {
		problems.addTo(model);
		model.addAttribute("actions", actor.worksWithCases() ? this.actions.openFor(actor.agency().id())
				: java.util.List.of());
		model.addAttribute("today", LocalDate.now(this.clock));
		model.addAttribute("failed", failed);
		return "marac/actions";
	}

}
