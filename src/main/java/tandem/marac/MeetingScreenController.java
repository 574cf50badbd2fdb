package tandem.marac;

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
import org.springframework.web.bind.annotation.RequestParam;

import tandem.agency.Actor;

/** The meeting screen: one case at a time, for the chair and coordinator. */
@Controller
class MeetingScreenController {

	private final MeetingScreen screen;

	private final MeetingRecord record;

	private final ActionPlanning planning;

	MeetingScreenController(MeetingScreen screen, MeetingRecord record, ActionPlanning planning) {
		this.screen = screen;
		this.record = record;
		this.planning = planning;
	}

	@PreAuthorize("hasAnyRole('COORDINATOR', 'CHAIR')")
	@GetMapping("/marac/items/{id}")
	String show(@PathVariable UUID id, Actor actor, Model model) {
		return render(actor, id, model, Problems.none());
	}

	@PreAuthorize("hasAnyRole('COORDINATOR', 'CHAIR')")
	@PostMapping("/marac/items/{id}/shared")
	String share(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID agency,
			@RequestParam(defaultValue = "") String information, Actor actor, Model model, HttpServletResponse response) {
		try {
			if (agency == null) {
				throw new ChangeRefused("agency", "Choose the agency that shared it");
			}
			this.record.share(actor, id, agency, information);
			return "redirect:/marac/items/" + id + "#shared";
		}
		catch (ChangeRefused refused) {
			model.addAttribute("sharedText", information);
			return refused(actor, id, model, response, refused);
		}
	}

	@PreAuthorize("hasAnyRole('COORDINATOR', 'CHAIR')")
	@PostMapping("/marac/items/{id}/discussion")
	String discussion(@PathVariable UUID id, @RequestParam int version, @RequestParam(defaultValue = "") String victimVoice,
			@RequestParam(defaultValue = "") String risks, Actor actor, Model model, HttpServletResponse response) {
		try {
			this.record.discussion(actor, id, version, victimVoice, risks);
			return "redirect:/marac/items/" + id + "#discussion";
		}
		catch (ChangeRefused refused) {
			model.addAttribute("victimVoice", victimVoice);
			model.addAttribute("risks", risks);
			return refused(actor, id, model, response, refused);
		}
	}

	@PreAuthorize("hasAnyRole('COORDINATOR', 'CHAIR')")
	@PostMapping("/marac/items/{id}/actions")
	String addAction(@PathVariable UUID id, @ModelAttribute ActionForm form, Actor actor, Model model,
			HttpServletResponse response) {
		try {
			this.planning.add(actor, id, form);
			return "redirect:/marac/items/" + id + "#actions";
		}
		catch (ActionPlanning.Invalid invalid) {
			model.addAttribute("actionForm", form);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return render(actor, id, model, Problems.of(new LinkedHashMap<>(invalid.problems())));
		}
	}

	@PreAuthorize("hasAnyRole('COORDINATOR', 'CHAIR')")
	@PostMapping("/marac/items/{id}/actions/{action}/review")
	String review(@PathVariable UUID id, @PathVariable UUID action, @RequestParam int version,
			@RequestParam ActionPlanning.Review review, Actor actor, Model model, HttpServletResponse response) {
		try {
			this.planning.review(actor, id, action, version, review);
			return "redirect:/marac/items/" + id + "#review";
		}
		catch (ChangeRefused refused) {
			return refused(actor, id, model, response, refused);
		}
	}

	@PreAuthorize("hasAnyRole('COORDINATOR', 'CHAIR')")
	@PostMapping("/marac/items/{id}/heard")
	String heard(@PathVariable UUID id, @RequestParam int version, Actor actor, Model model,
			HttpServletResponse response) {
		try {
			return "redirect:/marac/meetings/" + this.record.heard(actor, id, version);
		}
		catch (ChangeRefused refused) {
			return refused(actor, id, model, response, refused);
		}
	}

	private String refused(Actor actor, UUID id, Model model, HttpServletResponse response, ChangeRefused refused) {
		response.setStatus(refused.field().equals("conflict") ? HttpStatus.CONFLICT.value()
				: HttpStatus.UNPROCESSABLE_CONTENT.value());
		return render(actor, id, model, Problems.of(refused));
	}

	private String render(Actor actor, UUID id, Model model, Problems problems) {
		MeetingScreen.View view = this.screen.view(actor, id);
		problems.addTo(model);
		model.addAttribute("view", view);
		model.addAttribute("meeting", view.meeting());
		model.addAttribute("details", view.details());
		Map<String, String> agencies = new LinkedHashMap<>();
		view.invitations().forEach(i -> agencies.put(i.agencyId().toString(), i.agencyName()));
		model.addAttribute("agencies", agencies);
		Map<String, String> owners = new LinkedHashMap<>();
		view.owners().forEach(o -> owners.put(o.userId().toString(), o.label()));
		model.addAttribute("owners", owners);
		if (!model.containsAttribute("actionForm")) {
			model.addAttribute("actionForm", ActionForm.empty());
		}
		if (!model.containsAttribute("victimVoice")) {
			model.addAttribute("victimVoice", view.discussion().victimVoice());
			model.addAttribute("risks", view.discussion().risks());
		}
		return "marac/screen";
	}

}
