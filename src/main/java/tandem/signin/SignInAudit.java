package tandem.signin;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import tandem.agency.Actor;
import tandem.audit.AuditAction;
import tandem.audit.AuditActor;
import tandem.audit.AuditEvent;
import tandem.audit.AuditLog;

/** Every sign-in, successful or not, goes on the audit trail. */
@Component
class SignInAudit {

	private final AuditLog audit;

	SignInAudit(AuditLog audit) {
		this.audit = audit;
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof Actor actor) {
			this.audit.recordAlone(AuditEvent.success(actor.asAuditActor(), AuditAction.SIGN_IN, "session", null));
		}
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		String claimed = truncate(event.getAuthentication().getName());
		this.audit.recordAlone(AuditEvent.success(AuditActor.anonymous(claimed), AuditAction.SIGN_IN, "session", null)
			.withOutcome(AuditEvent.Outcome.FAILURE));
	}

	private static String truncate(String claimed) {
		return claimed.length() > 100 ? claimed.substring(0, 100) : claimed;
	}

}
