package tandem.referral;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import tandem.agency.Actor;

/**
 * The question pages of a referral. Every POST saves what was typed into the author's draft first, valid or not, and
 * only then shows the page's problems; a page without problems moves on (post/redirect/get).
 */
@Controller
class DraftController {

	static final String REFERS = "hasRole('REFERRER') or hasRole('CASEWORKER') or hasRole('COORDINATOR')";

	/** Longer than this is not kept at all: far beyond any limit the validator allows, it can only be a mistake. */
	static final int LONGEST_KEPT = 10_000;

	private final DraftJourney journey;

	private final JourneyChoices choices;

	DraftController(DraftJourney journey, JourneyChoices choices) {
		this.journey = journey;
		this.choices = choices;
	}

	@PreAuthorize(REFERS)
	@GetMapping("/referrals/new")
	String startPage() {
		return "referral/start";
	}

	@PreAuthorize(REFERS)
	@PostMapping("/referrals/new")
	String start(Actor actor) {
		return "redirect:/referrals/drafts/" + this.journey.start(actor);
	}

	@PreAuthorize(REFERS)
	@GetMapping("/referrals/drafts/{id}")
	String taskList(Actor actor, @PathVariable UUID id, Model model) {
		DraftJourney.Check check = this.journey.check(actor, id);
		Map<JourneyStep, String> status = new LinkedHashMap<>();
		for (JourneyStep step : JourneyStep.values()) {
			boolean started = check.draft().answers().keySet().stream().anyMatch(step::owns);
			boolean problems = check.problems().stream().anyMatch(p -> step.owns(p.field()));
			status.put(step, problems ? "Incomplete" : started ? "Completed" : "Not yet started");
		}
		model.addAttribute("draft", check.draft());
		model.addAttribute("status", status);
		return "referral/task-list";
	}

	@PreAuthorize(REFERS)
	@GetMapping("/referrals/drafts/{id}/{slug}")
	String page(Actor actor, @PathVariable UUID id, @PathVariable String slug,
			@RequestParam(required = false) @Nullable String from, Model model) {
		Draft draft = this.journey.open(actor, id);
		return show(step(slug), draft.id(), draft.version(), draft.answers(), Map.of(), null, from, model);
	}

	@PreAuthorize(REFERS)
	@PostMapping("/referrals/drafts/{id}/{slug}")
	String save(Actor actor, @PathVariable UUID id, @PathVariable String slug, @RequestParam long version,
			@RequestParam(required = false) @Nullable String action, @RequestParam(required = false) @Nullable String from,
			@RequestParam MultiValueMap<String, String> form, Model model) {
		JourneyStep step = step(slug);
		Map<String, String> typed = new TreeMap<>();
		Map<String, String> tooLong = new LinkedHashMap<>();
		form.forEach((field, values) -> {
			String value = values.isEmpty() ? "" : values.getFirst();
			if (!step.owns(field)) {
				return;
			}
			if (value.length() > LONGEST_KEPT) {
				tooLong.put(field, "This answer is far too long to keep: it must be "
						+ ReferralValidator.MAX_TEXT + " characters or fewer");
			}
			else {
				typed.put(field, value);
			}
		});
		Map<String, String> toSave = repeat(step, action, typed);
		Draft saved;
		try {
			saved = this.journey.save(actor, id, version, step::owns, toSave);
		}
		catch (DraftJourney.StaleDraft ex) {
			Draft current = this.journey.open(actor, id);
			Map<String, String> shown = new TreeMap<>(current.answers());
			shown.putAll(toSave);
			return show(step, id, current.version(), shown, tooLong, "This referral was changed in another tab or window "
					+ "since you opened this page, so your answers on this page were not saved. Check them and save again.",
					from, model);
		}
		if (action != null) {
			return "redirect:/referrals/drafts/" + id + "/" + slug + ("check".equals(from) ? "?from=check" : "");
		}
		Map<String, String> errors = new LinkedHashMap<>(tooLong);
		this.journey.check(actor, id).problems().stream()
			.filter(problem -> step.owns(problem.field()))
			.forEach(problem -> errors.putIfAbsent(problem.field(), problem.message()));
		if (!errors.isEmpty()) {
			return show(step, id, saved.version(), saved.answers(), errors, null, from, model);
		}
		String next = "check".equals(from) ? "check" : step.next().map(JourneyStep::slug).orElse("check");
		return "redirect:/referrals/drafts/" + id + "/" + next;
	}

	@PreAuthorize(REFERS)
	@GetMapping("/referrals/drafts/{id}/discard")
	String discardPage(Actor actor, @PathVariable UUID id, Model model) {
		model.addAttribute("draft", this.journey.open(actor, id));
		return "referral/discard";
	}

	@PreAuthorize(REFERS)
	@PostMapping("/referrals/drafts/{id}/discard")
	String discard(Actor actor, @PathVariable UUID id) {
		this.journey.discard(actor, id);
		return "redirect:/?discarded";
	}

	private static Map<String, String> repeat(JourneyStep step, @Nullable String action, Map<String, String> typed) {
		String group = step.slug();
		if (action == null || (step != JourneyStep.PERPETRATORS && step != JourneyStep.CHILDREN)) {
			return typed;
		}
		if (action.equals("add")) {
			return RepeatedAnswers.add(typed, group);
		}
		if (action.startsWith("remove-")) {
			try {
				return RepeatedAnswers.remove(typed, group, Integer.parseInt(action.substring("remove-".length())));
			}
			catch (NumberFormatException ex) {
				throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
			}
		}
		return typed;
	}

	private String show(JourneyStep step, UUID id, long version, Map<String, String> answers, Map<String, String> errors,
			@Nullable String conflict, @Nullable String from, Model model) {
		model.addAttribute("step", step);
		model.addAttribute("draftId", id);
		model.addAttribute("version", version);
		model.addAttribute("answers", answers);
		model.addAttribute("errors", errors);
		model.addAttribute("conflict", conflict);
		model.addAttribute("from", "check".equals(from) ? "check" : null);
		model.addAttribute("hasErrors", !errors.isEmpty() || conflict != null);
		model.addAttribute("choices", this.choices.all());
		if (step == JourneyStep.AREA) {
			model.addAttribute("areas", this.choices.areas());
		}
		if (step == JourneyStep.PERPETRATORS || step == JourneyStep.CHILDREN) {
			model.addAttribute("entries", RepeatedAnswers.count(answers, step.slug()));
		}
		return "referral/step";
	}

	private static JourneyStep step(String slug) {
		return JourneyStep.bySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
