package tandem.marac;

import java.util.LinkedHashMap;
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
import tandem.cases.CaseDetails;

/** Sending a case to another area's MARAC, and accepting transfers in. */
@Controller
class TransferController {

	private final Transfers transfers;

	TransferController(Transfers transfers) {
		this.transfers = transfers;
	}

	@PreAuthorize("hasRole('COORDINATOR')")
	@GetMapping("/marac/cases/{id}/transfer")
	String form(@PathVariable UUID id, Actor actor, Model model) {
		Problems.none().addTo(model);
		return page(actor, this.transfers.sendable(actor, id), "", "", "", model);
	}

	@PreAuthorize("hasRole('COORDINATOR')")
	@PostMapping("/marac/cases/{id}/transfer")
	String send(@PathVariable UUID id, @RequestParam(defaultValue = "") String toArea,
			@RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "") String idvaHandover,
			Actor actor, Model model, HttpServletResponse response) {
		try {
			this.transfers.send(actor, id, toArea, reason, idvaHandover);
			return "redirect:/marac/transfers?sent";
		}
		catch (ChangeRefused refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			Problems.of(refused).addTo(model);
			return page(actor, this.transfers.sendable(actor, id), toArea, reason, idvaHandover, model);
		}
	}

	@PreAuthorize("hasRole('COORDINATOR')")
	@GetMapping("/marac/transfers")
	String waiting(Actor actor, Model model) {
		model.addAttribute("transfers", this.transfers.waitingFor(actor));
		return "marac/transfers";
	}

	@PreAuthorize("hasRole('COORDINATOR')")
	@PostMapping("/marac/transfers/{id}/accept")
	String accept(@PathVariable UUID id, Actor actor) {
		this.transfers.accept(actor, id);
		return "redirect:/marac/transfers?accepted";
	}

	private String page(Actor actor, CaseDetails details, String toArea, String reason, String handover, Model model) {
		Map<String, String> areas = new LinkedHashMap<>();
		this.transfers.otherAreas(details.areaId()).forEach(a -> areas.put(a.code(), a.name()));
		model.addAttribute("details", details);
		model.addAttribute("areas", areas);
		model.addAttribute("toArea", toArea);
		model.addAttribute("reason", reason);
		model.addAttribute("idvaHandover", handover);
		return "marac/transfer";
	}

}
