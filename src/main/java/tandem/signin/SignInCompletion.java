package tandem.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

import tandem.agency.Actor;

/**
 * Finishes a sign-in that did not end at the password form (after a security code, or single sign-on): the session
 * now holds {@link SignedIn#fully} for the actor, under a new session id, and the sign-in is audited.
 */
@Component
class SignInCompletion {

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	/** The same places the filter chain keeps the context: this request, and the session for the next. */
	private final SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
			new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

	private final SignInAudit audit;

	SignInCompletion(SignInAudit audit) {
		this.audit = audit;
	}

	void complete(Actor actor, HttpServletRequest request, HttpServletResponse response) {
		// Gaining privileges gets a new session id, as a password sign-in does, against session fixation.
		request.getSession();
		request.changeSessionId();
		SecurityContext context = this.holder.createEmptyContext();
		context.setAuthentication(SignedIn.fully(actor));
		this.holder.setContext(context);
		this.contexts.saveContext(context, request, response);
		this.audit.signedIn(actor);
	}

	/** Ends a pending sign-in that may not go on (account locked or disabled meanwhile). */
	void abandon(HttpServletRequest request) {
		this.holder.clearContext();
		var session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
	}

}
