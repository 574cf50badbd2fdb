package tandem.marac;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import tandem.agency.Actor;

/** The MARAC meetings someone has a seat at, and one meeting's agenda, attendance and observers. */
@Controller
class MeetingController {

	/** SafeLives' guide: about 16 to 20 cases make a manageable meeting. */
	static final int GUIDE_LOW = 16;

	static final int GUIDE_HIGH = 20;

	private final Meetings meetings;

	private final AgendaPage page;

	private final AgendaItems items;

	private final MeetingRecord record;

	private final Observers observers;

	private final MeetingPlanning planning;

	private final Clock clock;

	MeetingController(Meetings meetings, AgendaPage page, AgendaItems items,
			MeetingRecord record, Observers observers, MeetingPlanning planning, Clock clock) {
		this.meetings = meetings;
		this.page = page;
		this.items = items;
		this.record = record;
		this.observers = observers;
		this.planning = planning;
		this.clock = clock;
	}

	record MeetingLine(Meeting meeting, int cases) {
	}

	@PreAuthorize("hasAuthority('SIGNED_IN')")
	@GetMapping("/marac")
	String meetings(Actor actor, Model model) {
		LocalDate today = LocalDate.now(this.clock);
		boolean runs = MeetingAccess.runsMeetingsOf(actor, actor.agency().areaId());
		List<Meeting> found = runs ? this.meetings.ofArea(actor.agency().areaId(), today)
				: actor.userId() == null ? List.of() : this.meetings.upcomingFor(actor.agency().id(), actor.userId(), today);
		model.addAttribute("runs", runs);
		model.addAttribute("meetings",
				found.stream().map(m -> new MeetingLine(m, this.items.countListed(m.id()))).toList());
		return "marac/meetings";
	}

	@PreAuthorize("hasAuthority('SIGNED_IN')")
	@GetMapping("/marac/meetings/{id}")
	String meeting(@PathVariable UUID id, Actor actor, Model model) {
		AgendaPage.View view = this.page.view(actor, id);
		model.addAttribute("view", view);
		model.addAttribute("meeting", view.meeting());
		if (view.seat() == Seat.OBSERVER_PENDING) {
			model.addAttribute("statement", Observers.STATEMENT);
			return "marac/statement";
		}
		model.addAttribute("guideLow", GUIDE_LOW);
		model.addAttribute("guideHigh", GUIDE_HIGH);
		model.addAttribute("attendances", MeetingRecord.Attendance.values());
		if (view.seat() == Seat.RUNS) {
			Map<String, String> chairs = new LinkedHashMap<>();
			this.meetings.possibleChairs(view.meeting().areaId()).forEach(c -> chairs.put(c.userId().toString(), c.name()));
			model.addAttribute("chairs", chairs);
		}
		if (!model.containsAttribute("errors")) {
			Problems.none().addTo(model);
		}
		return "marac/meeting";
	}

	@PreAuthorize("hasAuthority('SIGNED_IN')")
	@PostMapping("/marac/meetings/{id}/statement")
	String accept(@PathVariable UUID id, Actor actor) {
		this.observers.accept(actor, id);
		return "redirect:/marac/meetings/" + id;
	}

	@PreAuthorize("hasAnyRole('COORDINATOR', 'CHAIR')")
	@PostMapping("/marac/meetings/{id}/attendance")
	String attendance(@PathVariable UUID id, @RequestParam UUID agency, @RequestParam MeetingRecord.Attendance attendance,
			Actor actor) {
		this.record.attendance(actor, id, agency, attendance);
		return "redirect:/marac/meetings/" + id + "#attendance";
	}

	@PreAuthorize("hasAnyRole('COORDINATOR', 'CHAIR')")
	@PostMapping("/marac/meetings/{id}/observers")
	String addObserver(@PathVariable UUID id, @RequestParam(defaultValue = "") String username, Actor actor,
			Model model, HttpServletResponse response) {
		try {
			this.observers.add(actor, id, username);
			return "redirect:/marac/meetings/" + id + "#observers";
		}
		catch (ChangeRefused refused) {
			return again(id, actor, model, response, refused);
		}
	}

	@PreAuthorize("hasAnyRole('COORDINATOR', 'CHAIR')")
	@PostMapping("/marac/meetings/{id}/chair")
	String chair(@PathVariable UUID id, @RequestParam int version, @RequestParam(required = false) UUID chair,
			Actor actor, Model model, HttpServletResponse response) {
		try {
			if (chair == null) {
				throw new ChangeRefused("chair", "Choose a chair or coordinator of this area");
			}
			this.planning.chair(actor, id, version, chair);
			return "redirect:/marac/meetings/" + id;
		}
		catch (ChangeRefused refused) {
			return again(id, actor, model, response, refused);
		}
	}

	@PreAuthorize("hasAnyRole('COORDINATOR', 'CHAIR')")
	@PostMapping("/marac/meetings/{id}/cancel")
	String cancel(@PathVariable UUID id, @RequestParam int version, Actor actor, Model model,
			HttpServletResponse response) {
		try {
			this.planning.cancel(actor, id, version);
			return "redirect:/marac";
		}
		catch (ChangeRefused refused) {
			return again(id, actor, model, response, refused);
		}
	}

	private String again(UUID id, Actor actor, Model model, HttpServletResponse response, ChangeRefused refused) {
		response.setStatus(refused.field().equals("conflict") ? HttpStatus.CONFLICT.value()
				: HttpStatus.UNPROCESSABLE_CONTENT.value());
		Problems.of(refused).addTo(model);
		return meeting(id, actor, model);
	}

}
