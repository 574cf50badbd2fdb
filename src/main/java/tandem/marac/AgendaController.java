package tandem.marac;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import tandem.agency.Actor;

/** The coordinator moves, defers or withdraws one case on an agenda, with a reason. */
@Controller
class AgendaController {

	private final AgendaItems items;

	private final MeetingLookup lookup;

	private final Meetings meetings;

	private final AgendaEdits edits;

	private final Clock clock;

	AgendaController(AgendaItems items, MeetingLookup lookup, Meetings meetings, AgendaEdits edits, Clock clock) {
		this.items = items;
		this.lookup = lookup;
		this.meetings = meetings;
		this.edits = edits;
		this.clock = clock;
	}

	/** @param change MOVE, DEFER or WITHDRAW; @param toMeeting for a move */
	record ChangeForm(@Nullable String change, @Nullable String reason, @Nullable String toMeeting, int version) {
	}

	@PreAuthorize("hasAnyRole('COORDINATOR', 'CHAIR')")
	@GetMapping("/marac/items/{id}/change")
	String form(@PathVariable UUID id, Actor actor, Model model) {
		AgendaItems.Item item = this.items.find(id).orElseThrow(NotFound::new);
		Problems.none().addTo(model);
		return show(actor, item, new ChangeForm(null, null, null, item.version()), model);
	}

	@PreAuthorize("hasAnyRole('COORDINATOR', 'CHAIR')")
	@PostMapping("/marac/items/{id}/change")
	String change(@PathVariable UUID id, @ModelAttribute ChangeForm form, Actor actor, Model model,
			HttpServletResponse response) {
		AgendaItems.Item item = this.items.find(id).orElseThrow(NotFound::new);
		AgendaEdits.Change change = parse(form.change());
		try {
			if (change == null) {
				throw new ChangeRefused("change", "Choose whether to move, defer or withdraw the case");
			}
			UUID to = change == AgendaEdits.Change.MOVE ? parseMeeting(form.toMeeting()) : item.meetingId();
			UUID landed = this.edits.change(actor, id, form.version(), change, form.reason() == null ? "" : form.reason(),
					to);
			return "redirect:/marac/meetings/" + (change == AgendaEdits.Change.WITHDRAW ? item.meetingId() : landed);
		}
		catch (ChangeRefused refused) {
			response.setStatus(refused.field().equals("conflict") ? HttpStatus.CONFLICT.value()
					: HttpStatus.UNPROCESSABLE_CONTENT.value());
			Problems.of(refused).addTo(model);
			AgendaItems.Item now = this.items.find(id).orElseThrow(NotFound::new);
			// After a conflict the form carries the current version, so that resubmitting is a deliberate choice.
			return show(actor, now, refused.field().equals("conflict")
					? new ChangeForm(form.change(), form.reason(), form.toMeeting(), now.version()) : form, model);
		}
	}

	private String show(Actor actor, AgendaItems.Item item, ChangeForm form, Model model) {
		Meeting meeting = this.lookup.running(actor, item.meetingId());
		Map<String, String> choices = new LinkedHashMap<>();
		this.meetings.ofArea(meeting.areaId(), LocalDate.now(this.clock))
			.stream()
			.filter(m -> !m.cancelled() && !m.id().equals(meeting.id()))
			.forEach(m -> choices.put(m.id().toString(), m.heldOn().toString() + " (" + m.kind().label() + ")"));
		model.addAttribute("item", item);
		model.addAttribute("meeting", meeting);
		model.addAttribute("form", form);
		model.addAttribute("meetingChoices", choices);
		return "marac/change";
	}

	private static AgendaEdits.@Nullable Change parse(@Nullable String change) {
		try {
			return change == null ? null : AgendaEdits.Change.valueOf(change);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static UUID parseMeeting(@Nullable String id) {
		try {
			return UUID.fromString(id == null ? "" : id);
		}
		catch (IllegalArgumentException ex) {
			throw new ChangeRefused("toMeeting", "Choose the meeting to move the case to");
		}
	}

}
