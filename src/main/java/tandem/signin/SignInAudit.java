package tandem.signin;

import org.jspecify.annotations.Nullable;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import tandem.agency.Actor;
import tandem.audit.AuditAction;
import tandem.audit.AuditActor;
import tandem.audit.AuditEvent;
import tandem.audit.AuditLog;

/**
 * Every sign-in, successful or not, goes on the audit trail. Password sign-ins arrive as Spring Security events; a
 * sign-in that finishes elsewhere (after a security code, or single sign-on) is recorded when it finishes.
 */
@Component
class SignInAudit {

	private static final String SUBJECT = "session";

	private final AuditLog audit;

	SignInAudit(AuditLog audit) {
		this.audit = audit;
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		// A pending second factor is not a sign-in yet: it is recorded once the code is right.
		if (event.getAuthentication().getPrincipal() instanceof Actor actor) {
			signedIn(actor);
		}
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		refused(event.getAuthentication().getName(), null);
	}

	void signedIn(Actor actor) {
		this.audit.recordAlone(AuditEvent.success(actor.asAuditActor(), AuditAction.SIGN_IN, SUBJECT, null));
	}

	void signedOut(Actor actor) {
		this.audit.recordAlone(AuditEvent.success(actor.asAuditActor(), AuditAction.SIGN_OUT, SUBJECT, null));
	}

	/** A wrong security code from someone whose password was right: they are known, so they are named. */
	void wrongCode(Actor actor) {
		this.audit.recordAlone(AuditEvent.success(actor.asAuditActor(), AuditAction.SIGN_IN, SUBJECT, null)
			.withOutcome(AuditEvent.Outcome.FAILURE)
			.withDetail("security code"));
	}

	/**
	 * A refused sign-in by whoever they claimed to be.
	 *
	 * @param reason a short non-identifying note, e.g. {@code unknown agency}
	 */
	void refused(String claimed, @Nullable String reason) {
		AuditEvent event = AuditEvent.success(AuditActor.anonymous(truncate(claimed)), AuditAction.SIGN_IN, SUBJECT, null)
			.withOutcome(AuditEvent.Outcome.FAILURE);
		this.audit.recordAlone(reason == null ? event : event.withDetail(reason));
	}

	private static String truncate(String claimed) {
		return claimed.length() > 100 ? claimed.substring(0, 100) : claimed;
	}

}
