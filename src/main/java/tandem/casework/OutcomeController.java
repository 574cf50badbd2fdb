package tandem.casework;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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

/** Records outcomes at intake and at exit (SafeLives Insights style). */
@Controller
class OutcomeController {

	static final List<String> ABUSE_TYPES = List.of("physical", "sexual", "harassmentStalking", "jealousControlling");

	static final List<String> SCORES = List.of("feelsSafe", "wellbeing", "qualityOfLife");

	private final CaseworkAccess access;

	private final Outcomes outcomes;

	OutcomeController(CaseworkAccess access, Outcomes outcomes) {
		this.access = access;
		this.outcomes = outcomes;
	}

	@PreAuthorize(SupportCaseController.WORKERS)
	@GetMapping("/support-cases/{id}/outcomes/{stage}")
	String form(@PathVariable String id, @PathVariable String stage, Actor actor, Model model) {
		SupportCase supportCase = this.access.supportCase(actor, id);
		Outcomes.Stage chosen = stageOf(stage);
		Map<String, String> values = new LinkedHashMap<>();
		Optional.ofNullable(this.outcomes.read(actor, supportCase).get(chosen)).ifPresent(o -> {
			values.put("riskLevel", o.riskLevel());
			values.put("physical", o.physical().name());
			values.put("sexual", o.sexual().name());
			values.put("harassmentStalking", o.harassmentStalking().name());
			values.put("jealousControlling", o.jealousControlling().name());
			values.put("feelsSafe", Integer.toString(o.feelsSafe()));
			values.put("wellbeing", Integer.toString(o.wellbeing()));
			values.put("qualityOfLife", Integer.toString(o.qualityOfLife()));
		});
		return show(supportCase, chosen, values, Map.of(), model);
	}

	@PreAuthorize(SupportCaseController.WORKERS)
	@PostMapping("/support-cases/{id}/outcomes/{stage}")
	String record(@PathVariable String id, @PathVariable String stage, @RequestParam Map<String, String> typed,
			Actor actor, Model model, RedirectAttributes redirect) {
		SupportCase supportCase = this.access.supportCase(actor, id);
		Outcomes.Stage chosen = stageOf(stage);
		Map<String, String> errors = new LinkedHashMap<>();
		if (!List.of("STANDARD", "MEDIUM", "HIGH").contains(typed.getOrDefault("riskLevel", ""))) {
			errors.put("riskLevel", "Select the risk level");
		}
		ABUSE_TYPES.forEach(type -> SupportCaseController.choice(Outcomes.Frequency.class, typed.get(type))
			.ifPresentOrElse(f -> { }, () -> errors.put(type, "Select how often this happens")));
		SCORES.forEach(score -> {
			if (score(typed.get(score)).isEmpty()) {
				errors.put(score, "Enter a score from 0 to 10");
			}
		});
		if (!errors.isEmpty()) {
			return show(supportCase, chosen, typed, errors, model);
		}
		this.outcomes.record(actor, supportCase, chosen, new Outcomes.Outcome(typed.get("riskLevel"),
				frequency(typed, "physical"), frequency(typed, "sexual"), frequency(typed, "harassmentStalking"),
				frequency(typed, "jealousControlling"), score(typed.get("feelsSafe")).get(),
				score(typed.get("wellbeing")).get(), score(typed.get("qualityOfLife")).get()));
		redirect.addFlashAttribute("success", "Outcomes recorded");
		return "redirect:/support-cases/" + supportCase.id() + "#outcomes";
	}

	private String show(SupportCase supportCase, Outcomes.Stage stage, Map<String, String> typed,
			Map<String, String> errors, Model model) {
		model.addAttribute("sc", supportCase);
		model.addAttribute("stage", stage.name().toLowerCase(Locale.UK));
		model.addAttribute("values", typed);
		model.addAttribute("errors", errors);
		model.addAttribute("risks", CaseworkChoices.ordered("STANDARD", "Standard", "MEDIUM", "Medium", "HIGH", "High"));
		model.addAttribute("frequencies", Outcomes.Frequency.options());
		model.addAttribute("hasErrors", !errors.isEmpty());
		return "casework/outcomes";
	}

	private static Outcomes.Stage stageOf(String stage) {
		return SupportCaseController.choice(Outcomes.Stage.class, stage.toUpperCase(Locale.UK))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static Outcomes.Frequency frequency(Map<String, String> typed, String type) {
		return Outcomes.Frequency.valueOf(typed.get(type));
	}

	private static Optional<Integer> score(String typed) {
		try {
			int value = Integer.parseInt(typed == null ? "" : typed.strip());
			return value >= 0 && value <= 10 ? Optional.of(value) : Optional.empty();
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

}
