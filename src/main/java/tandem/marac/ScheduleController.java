package tandem.marac;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import tandem.agency.Actor;

/** The coordinator's schedule form and the form for an extra or emergency meeting. */
@Controller
class ScheduleController {

	private final Schedules schedules;

	private final MeetingPlanning planning;

	ScheduleController(Schedules schedules, MeetingPlanning planning) {
		this.schedules = schedules;
		this.planning = planning;
	}

	@PreAuthorize("hasRole('COORDINATOR')")
	@GetMapping("/marac/schedule")
	String schedule(Actor actor, Model model) {
		Problems.none().addTo(model);
		return schedulePage(ScheduleForm.of(this.schedules.of(actor.agency().areaId())), model);
	}

	@PreAuthorize("hasRole('COORDINATOR')")
	@PostMapping("/marac/schedule")
	String saveSchedule(@ModelAttribute ScheduleForm form, Actor actor, Model model, HttpServletResponse response) {
		Map<String, String> problems = form.scheduleProblems();
		try {
			if (problems.isEmpty()) {
				this.planning.schedule(actor, form.schedule(actor.agency().areaId()));
				return "redirect:/marac";
			}
			Problems.of(problems).addTo(model);
		}
		catch (ChangeRefused refused) {
			Problems.of(refused).addTo(model);
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return schedulePage(form, model);
	}

	@PreAuthorize("hasRole('COORDINATOR')")
	@GetMapping("/marac/meetings/new")
	String newMeeting(Model model) {
		Problems.none().addTo(model);
		model.addAttribute("form", ScheduleForm.emptyMeeting());
		return "marac/meeting-new";
	}

	@PreAuthorize("hasRole('COORDINATOR')")
	@PostMapping("/marac/meetings")
	String addMeeting(@ModelAttribute ScheduleForm form, Actor actor, Model model, HttpServletResponse response) {
		Map<String, String> problems = form.meetingProblems();
		try {
			if (problems.isEmpty()) {
				return "redirect:/marac/meetings/" + this.planning.add(actor, form.day().orElseThrow(),
						form.time().orElseThrow(), form.meetingKind(), ActionForm.text(form.venue()));
			}
			Problems.of(problems).addTo(model);
		}
		catch (ChangeRefused refused) {
			Problems.of(Map.of("firstDay", refused.getMessage())).addTo(model);
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("form", form);
		return "marac/meeting-new";
	}

	private String schedulePage(ScheduleForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("calendars", Map.of(HolidayCalendar.ENGLAND_AND_WALES.name(),
				HolidayCalendar.ENGLAND_AND_WALES.label(), HolidayCalendar.SCOTLAND.name(), HolidayCalendar.SCOTLAND.label()));
		return "marac/schedule";
	}

}
