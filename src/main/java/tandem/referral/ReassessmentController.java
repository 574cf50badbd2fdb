package tandem.referral;

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
import tandem.agency.Role;
import tandem.cases.CaseDetails;
import tandem.cases.CaseGate;
import tandem.cases.CaseSight;

/**
 * "Reassess risk" on a case, for the practitioners who work it. Only someone who may see the case gets the page;
 * for anyone else it does not exist (break glass is asked for on the case page itself).
 */
@Controller
class ReassessmentController {

	private final CaseGate gate;

	private final Reassessment reassessment;

	private final JourneyChoices choices;

	ReassessmentController(CaseGate gate, Reassessment reassessment, JourneyChoices choices) {
		this.gate = gate;
		this.reassessment = reassessment;
		this.choices = choices;
	}

	@PreAuthorize(Role.MAY_ASSESS_RISK)
	@GetMapping("/cases/{id}/reassess")
	String form(@PathVariable String id, Actor actor, Model model) {
		return show(visible(actor, id), Map.of(), Map.of(), model);
	}

	@PreAuthorize(Role.MAY_ASSESS_RISK)
	@PostMapping("/cases/{id}/reassess")
	String reassess(@PathVariable String id, @RequestParam Map<String, String> typed, Actor actor, Model model,
			RedirectAttributes redirect) {
		CaseDetails visibleCase = visible(actor, id);
		ReassessmentForm.Reading reading = ReassessmentForm.read(typed);
		if (reading.form().isEmpty()) {
			return show(visibleCase, typed, reading.errors(), model);
		}
		var assessment = this.reassessment.record(actor, visibleCase, reading.form().get());
		redirect.addFlashAttribute("reassessed", assessment.riskLevel().label());
		return "redirect:/cases/" + visibleCase.id() + "#risk-over-time";
	}

	private CaseDetails visible(Actor actor, String id) {
		if (this.gate.read(actor, id) instanceof CaseSight.Visible visible) {
			return visible.details();
		}
		throw new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

	private String show(CaseDetails visibleCase, Map<String, String> answers, Map<String, String> errors, Model model) {
		model.addAttribute("details", visibleCase);
		model.addAttribute("step", ReassessmentForm.AllQuestions.ALL);
		model.addAttribute("answers", answers);
		model.addAttribute("errors", errors);
		model.addAttribute("choices", this.choices.all());
		model.addAttribute("occasions", ReassessmentForm.Occasion.choices());
		model.addAttribute("hasErrors", !errors.isEmpty());
		return "referral/reassess";
	}

}
