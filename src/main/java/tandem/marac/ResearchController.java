package tandem.marac;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import tandem.agency.Actor;

/** An agency's research form for one case on an agenda, private to the agency until it shares it. */
@Controller
class ResearchController {

	private final Research research;

	private final AgendaItems items;

	ResearchController(Research research, AgendaItems items) {
		this.research = research;
		this.items = items;
	}

	@PreAuthorize("hasAuthority('SIGNED_IN')")
	@GetMapping("/marac/items/{id}/research")
	String show(@PathVariable UUID id, Actor actor, Model model) {
		ResearchForm form = this.research.own(actor, id).orElse(ResearchForm.empty());
		Problems.none().addTo(model);
		return page(id, form, model);
	}

	@PreAuthorize("hasAuthority('SIGNED_IN')")
	@PostMapping("/marac/items/{id}/research")
	String save(@PathVariable UUID id, @ModelAttribute ResearchForm form, Actor actor, Model model,
			HttpServletResponse response) {
		try {
			this.research.save(actor, id, form);
			return "redirect:/marac/items/" + id + "/research?saved";
		}
		catch (ChangeRefused refused) {
			response.setStatus(refused.field().equals("conflict") ? HttpStatus.CONFLICT.value()
					: HttpStatus.UNPROCESSABLE_CONTENT.value());
			Problems.of(refused).addTo(model);
			return page(id, form, model);
		}
	}

	@PreAuthorize("hasAuthority('SIGNED_IN')")
	@PostMapping("/marac/items/{id}/research/share")
	String share(@PathVariable UUID id, Actor actor, Model model, HttpServletResponse response) {
		try {
			this.research.share(actor, id);
			return "redirect:/marac/items/" + id + "/research?shared";
		}
		catch (ChangeRefused refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			Problems.of(refused).addTo(model);
			return page(id, this.research.own(actor, id).orElse(ResearchForm.empty()), model);
		}
	}

	private String page(UUID id, ResearchForm form, Model model) {
		model.addAttribute("item", this.items.find(id).orElseThrow(NotFound::new));
		model.addAttribute("form", form);
		return "marac/research";
	}

}
