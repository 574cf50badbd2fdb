package tandem.signin;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.OptionalLong;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.agency.Actor;
import tandem.audit.AuditAction;
import tandem.audit.AuditEvent;
import tandem.audit.AuditLog;

/**
 * Sets up a security code: a new secret is offered, and saved only once the person proves their app has it by
 * typing a valid code, so nobody is left with a secret they cannot use.
 */
@Service
class CodeEnrolment {

	private final TotpSecrets secrets;

	private final AuditLog audit;

	private final Clock clock;

	CodeEnrolment(TotpSecrets secrets, AuditLog audit, Clock clock) {
		this.secrets = secrets;
		this.audit = audit;
		this.clock = clock;
	}

	static Offer offer(String accountName) {
		return new Offer(Base32.encode(Totp.newSecret()), accountName);
	}

	/** Saves the offered secret if the code is valid for it; false when the code is wrong or one is already set. */
	@Transactional
	boolean confirm(Actor actor, Offer offer, String typed) {
		OptionalLong step = Totp.matchingStep(Base32.decode(offer.secret()), Totp.normalise(typed), this.clock.instant());
		if (step.isEmpty() || actor.userId() == null
				|| !this.secrets.enrol(actor.userId(), offer.secret(), step.getAsLong())) {
			return false;
		}
		this.audit.record(AuditEvent.success(actor.asAuditActor(), AuditAction.CHANGE, "user", actor.userId())
			.withDetail("security code set up"));
		return true;
	}

	/** A secret offered to one person, kept in their session until they confirm it. */
	record Offer(String secret, String accountName) implements java.io.Serializable {

		/** Groups of four, so it can be typed into an app that cannot scan. */
		public String grouped() {
			return String.join(" ", this.secret.split("(?<=\\G.{4})"));
		}

		/** The key URI format authenticator apps understand. */
		public String uri() {
			String label = URLEncoder.encode("Tandem:" + this.accountName, StandardCharsets.UTF_8).replace("+", "%20");
			return "otpauth://totp/" + label + "?secret=" + this.secret + "&issuer=Tandem&algorithm=SHA1&digits="
					+ Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
		}

	}

}
