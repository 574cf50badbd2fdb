package tandem.agency;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.Ids;
import tandem.audit.AuditAction;
import tandem.audit.AuditEvent;
import tandem.audit.AuditLog;

/**
 * Registers API clients (API.md "Authentication") and revokes them. The secret is generated here, handed back once for
 * the administrator to pass on, and only its hash is kept.
 */
@Service
class ApiClientRegistration {

	/** 256 bits: far beyond guessing, and long enough that hashing it with Argon2 is about storage, not strength. */
	static final int SECRET_BYTES = 32;

	static final String INACTIVE_AGENCY = "This agency is inactive, so no API client can be registered for it";

	private final ApiClientRegistry clients;

	private final Agencies agencies;

	private final PasswordEncoder passwords;

	private final AuditLog audit;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	ApiClientRegistration(ApiClientRegistry clients, Agencies agencies, PasswordEncoder passwords, AuditLog audit,
			Clock clock) {
		this.clients = clients;
		this.agencies = agencies;
		this.passwords = passwords;
		this.audit = audit;
		this.clock = clock;
	}

	/** The outcome of registering: either errors, or the new client's secret, which exists nowhere else. */
	record Registration(FormErrors errors, @Nullable String secret) {

		@Override
		public String toString() {
			return "Registration[errors=" + this.errors.asMap().keySet() + ", secret=(hidden)]";
		}

	}

	@Transactional
	Registration register(ApiClientForm form, Actor actor) {
		FormErrors errors = form.validate();
		Optional<AgencySummary> agency = Input.id(form.agency()).flatMap(this.agencies::findById);
		errors.check("agency", agency.isPresent(), "Select the agency")
			.check("agency", agency.map(AgencySummary::active).orElse(true), INACTIVE_AGENCY);
		if (!errors.has("clientId") && this.clients.clientIdTaken(form.clientId())) {
			errors.add("clientId", alreadyRegistered(form.clientId()));
		}
		if (errors.any()) {
			return new Registration(errors, null);
		}
		String secret = newSecret();
		UUID id = Ids.next();
		this.clients.insert(id, form.clientId(), agency.get().id(), this.passwords.encode(secret), form.description(),
				Instant.now(this.clock));
		this.audit.record(AuditEvent.success(actor.asAuditActor(), AuditAction.CREATE, "api_client", id)
			.withDetail("client id: " + form.clientId() + "; agency: " + agency.get().qualifiedCode()));
		return new Registration(errors, secret);
	}

	static String alreadyRegistered(String clientId) {
		return "There is already an API client with the id " + clientId;
	}

	/** Revokes the client and deletes its tokens in the same transaction, so it is locked out at once. */
	@Transactional
	void revoke(UUID id, Actor actor) {
		this.clients.findById(id).orElseThrow(NotFound::new);
		boolean revokedNow = this.clients.revoke(id, Instant.now(this.clock));
		int tokens = this.clients.deleteTokens(id);
		if (revokedNow) {
			this.audit.record(AuditEvent.success(actor.asAuditActor(), AuditAction.CHANGE, "api_client", id)
				.withDetail("revoked; tokens deleted: " + tokens));
		}
	}

	private String newSecret() {
		byte[] bytes = new byte[SECRET_BYTES];
		this.random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
