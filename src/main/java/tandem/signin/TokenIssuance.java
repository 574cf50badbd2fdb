package tandem.signin;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.agency.Actor;
import tandem.audit.AuditAction;
import tandem.audit.AuditActor;
import tandem.audit.AuditEvent;
import tandem.audit.AuditLog;

/** The client-credentials grant: checks an agency system's id and secret and issues an opaque bearer token. */
@Service
class TokenIssuance {

	static final Duration LIFETIME = Duration.ofHours(1);

	private static final String SUBJECT = "api_token";

	private final SecureRandom random = new SecureRandom();

	private final ApiClients clients;

	private final ApiTokens tokens;

	private final PasswordEncoder passwords;

	private final AuditLog audit;

	private final Clock clock;

	/** Checked for unknown client ids so that they take as long as known ones. */
	private final String decoyHash;

	TokenIssuance(ApiClients clients, ApiTokens tokens, PasswordEncoder passwords, AuditLog audit, Clock clock) {
		this.clients = clients;
		this.tokens = tokens;
		this.passwords = passwords;
		this.audit = audit;
		this.clock = clock;
		this.decoyHash = passwords.encode("decoy secret that no client has");
	}

	/** The client, if the secret is right and it is not revoked; every other case is audited and looks the same. */
	Optional<ApiClients.RegisteredClient> authenticate(String clientId, String secret) {
		Optional<ApiClients.RegisteredClient> found = this.clients.find(clientId);
		boolean matches = this.passwords.matches(secret, found.map(ApiClients.RegisteredClient::secretHash)
			.orElse(this.decoyHash));
		if (found.isEmpty() || !matches || found.get().revoked()) {
			refused(clientId, found.isPresent() && matches ? "revoked client" : "invalid client");
			return Optional.empty();
		}
		return found;
	}

	@Transactional
	IssuedToken issue(ApiClients.RegisteredClient client) {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = Instant.now(this.clock);
		this.tokens.store(token, client.id(), now, now.plus(LIFETIME));
		Actor actor = Actor.apiClient(client.clientId(), client.agency());
		this.audit.record(AuditEvent.success(actor.asAuditActor(), AuditAction.SIGN_IN, SUBJECT, null)
			.withDetail("client credentials"));
		return new IssuedToken(token, LIFETIME.toSeconds());
	}

	void refused(String clientId, String reason) {
		String claimed = clientId.length() > 100 ? clientId.substring(0, 100) : clientId;
		this.audit.recordAlone(AuditEvent.success(AuditActor.anonymous(claimed), AuditAction.SIGN_IN, SUBJECT, null)
			.withOutcome(AuditEvent.Outcome.FAILURE)
			.withDetail(reason));
	}

	record IssuedToken(String value, long expiresInSeconds) {
	}

}
