package tandem.signin;

import java.time.Clock;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import tandem.agency.Actor;
import tandem.agency.UserAccount;
import tandem.agency.UserAccounts;

/**
 * Setting up a security code: during sign-in when the area requires one and the person has none yet, or at any time
 * from their account page. The offered secret waits in the session until a valid code confirms it.
 */
@Controller
class CodeSetUpController {

	private static final String OFFER = CodeSetUpController.class.getName() + ".offer";

	static final String ACCOUNT_SET_UP_PAGE = "/account/set-up-code";

	private final CodeEnrolment enrolment;

	private final UserAccounts accounts;

	private final TotpSecrets secrets;

	private final SignInCompletion completion;

	private final Clock clock;

	CodeSetUpController(CodeEnrolment enrolment, UserAccounts accounts, TotpSecrets secrets,
			SignInCompletion completion, Clock clock) {
		this.enrolment = enrolment;
		this.accounts = accounts;
		this.secrets = secrets;
		this.completion = completion;
		this.clock = clock;
	}

	@PreAuthorize("hasAuthority('SECOND_FACTOR_PENDING')")
	@GetMapping(PendingSignIn.SET_UP_PAGE)
	String duringSignIn(@AuthenticationPrincipal PendingSignIn pending, HttpSession session, Model model) {
		if (pending.enrolled()) {
			return "redirect:" + PendingSignIn.CODE_PAGE;
		}
		return page(offer(session, pending.username()), PendingSignIn.SET_UP_PAGE, model);
	}

	@PreAuthorize("hasAuthority('SECOND_FACTOR_PENDING')")
	@PostMapping(PendingSignIn.SET_UP_PAGE)
	String confirmDuringSignIn(@AuthenticationPrincipal PendingSignIn pending, @RequestParam(defaultValue = "") String code,
			HttpSession session, Model model, HttpServletRequest request, HttpServletResponse response) {
		Optional<UserAccount> account = this.accounts.findByUsername(pending.username())
			.filter(found -> found.id().equals(pending.userId()) && found.enabled()
					&& !found.lockedAt(this.clock.instant()));
		if (pending.enrolled() || account.isEmpty()) {
			this.completion.abandon(request);
			return "redirect:/sign-in?error";
		}
		CodeEnrolment.Offer offer = offer(session, pending.username());
		if (!this.enrolment.confirm(account.get().asActor(), offer, code)) {
			return withError(page(offer, PendingSignIn.SET_UP_PAGE, model), code, model);
		}
		session.removeAttribute(OFFER);
		this.accounts.recordSuccessfulSignIn(account.get().id(), this.clock.instant());
		this.completion.complete(account.get().asActor(), request, response);
		return "redirect:/";
	}

	@PreAuthorize("hasAuthority('SIGNED_IN')")
	@GetMapping(ACCOUNT_SET_UP_PAGE)
	String fromAccount(Actor actor, HttpSession session, Model model) {
		if (!canSetUp(actor)) {
			return "redirect:" + AccountController.ACCOUNT_PAGE;
		}
		return page(offer(session, actor.name()), ACCOUNT_SET_UP_PAGE, model);
	}

	@PreAuthorize("hasAuthority('SIGNED_IN')")
	@PostMapping(ACCOUNT_SET_UP_PAGE)
	String confirmFromAccount(Actor actor, @RequestParam(defaultValue = "") String code, HttpSession session,
			Model model) {
		if (!canSetUp(actor)) {
			return "redirect:" + AccountController.ACCOUNT_PAGE;
		}
		CodeEnrolment.Offer offer = offer(session, actor.name());
		if (!this.enrolment.confirm(actor, offer, code)) {
			return withError(page(offer, ACCOUNT_SET_UP_PAGE, model), code, model);
		}
		session.removeAttribute(OFFER);
		return "redirect:" + AccountController.ACCOUNT_PAGE + "?code-set-up";
	}

	private boolean canSetUp(Actor actor) {
		return actor.userId() != null && this.secrets.status(actor.userId()).canSetUp();
	}

	private static CodeEnrolment.Offer offer(HttpSession session, String accountName) {
		if (session.getAttribute(OFFER) instanceof CodeEnrolment.Offer offer) {
			return offer;
		}
		CodeEnrolment.Offer offer = CodeEnrolment.offer(accountName);
		session.setAttribute(OFFER, offer);
		return offer;
	}

	private static String page(CodeEnrolment.Offer offer, String action, Model model) {
		model.addAttribute("offer", offer);
		model.addAttribute("action", action);
		return "signin/set-up-code";
	}

	private static String withError(String view, String code, Model model) {
		model.addAttribute("hasErrors", true);
		model.addAttribute("code", code);
		return view;
	}

}
