package tandem.marac;

import java.util.Map;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import tandem.agency.Actor;
import tandem.web.PdfDocuments;

/** A meeting's minutes as a printable page and a PDF, each cut to what the reader may see; and sending them. */
@Controller
class MinutesController {

	private final MinutesService minutes;

	private final PdfDocuments pdf;

	MinutesController(MinutesService minutes, PdfDocuments pdf) {
		this.minutes = minutes;
		this.pdf = pdf;
	}

	@PreAuthorize("hasAuthority('SIGNED_IN')")
	@GetMapping("/marac/meetings/{id}/minutes")
	String page(@PathVariable UUID id, Actor actor, Model model) {
		model.addAttribute("minutes", this.minutes.forReader(actor, id));
		model.addAttribute("runs", MeetingAccess.runsMeetingsOf(actor, actor.agency().areaId()));
		return "marac/minutes";
	}

	@PreAuthorize("hasAuthority('SIGNED_IN')")
	@GetMapping("/marac/meetings/{id}/minutes.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id, Actor actor) {
		Minutes read = this.minutes.forReader(actor, id);
		byte[] document = this.pdf.render("marac/minutes-print", Map.of("minutes", read));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("marac-minutes-" + read.meeting().heldOn() + ".pdf").build()
						.toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(document);
	}

	@PreAuthorize("hasAnyRole('COORDINATOR', 'CHAIR')")
	@PostMapping("/marac/meetings/{id}/minutes/send")
	String send(@PathVariable UUID id, Actor actor) {
		int agencies = this.minutes.send(actor, id);
		return "redirect:/marac/meetings/" + id + "/minutes?sent=" + agencies;
	}

}
