package tandem.web;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import tandem.access.BreakGlassGrants;
import tandem.agency.Actor;
import tandem.agency.Role;
import tandem.cases.CaseList;
import tandem.referral.ReferrerHome;

/**
 * The home page: what needs the signed-in user's attention. Their open cases, and for coordinators the emergency
 * access waiting for review; for those who refer, their drafts and recently sent referrals. Administrators and
 * analysts see no case content at all.
 */
@Controller
class HomeController {

	private final CaseList cases;

	private final BreakGlassGrants breakGlass;

	private final ReferrerHome referrals;

	private final List<HomeSection> sections;

	HomeController(CaseList cases, BreakGlassGrants breakGlass, ReferrerHome referrals, List<HomeSection> sections) {
		this.cases = cases;
		this.breakGlass = breakGlass;
		this.referrals = referrals;
		this.sections = sections;
	}

	@PreAuthorize("hasAuthority('SIGNED_IN')")
	@GetMapping("/")
	String home(Actor actor, @RequestParam(defaultValue = "1") int page, Model model) {
		model.addAttribute("actor", actor);
		if (actor.worksWithCases()) {
			model.addAttribute("cases", this.cases.openCasesFor(actor, page));
		}
		if (actor.has(Role.REFERRER) || actor.has(Role.CASEWORKER) || actor.has(Role.COORDINATOR)) {
			model.addAttribute("referrals", this.referrals.of(actor));
		}
		if (actor.has(Role.COORDINATOR)) {
			model.addAttribute("breakGlassToReview", this.breakGlass.awaitingReview(actor.agency().areaId()));
		}
		model.addAttribute("homeSections",
				this.sections.stream().flatMap(section -> section.shownTo(actor).stream()).toList());
		return "web/home";
	}

}
