package tandem.signin;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.agency.Actor;
import tandem.agency.AgencyRef;
import tandem.agency.Role;
import tandem.agency.UserAccounts;
import tandem.audit.AuditAction;
import tandem.audit.AuditEvent;
import tandem.audit.AuditLog;

/**
 * Keeps a single sign-on user's account in step with what the identity provider says at each sign-in: created the
 * first time, agency and roles updated after. The provider is the source of truth; only disabling is Tandem's.
 */
@Service
class SingleSignOnProvisioning {

	private final ExternalAccounts accounts;

	private final UserAccounts users;

	private final AuditLog audit;

	private final Clock clock;

	SingleSignOnProvisioning(ExternalAccounts accounts, UserAccounts users, AuditLog audit, Clock clock) {
		this.accounts = accounts;
		this.users = users;
		this.audit = audit;
		this.clock = clock;
	}

	/** The actor to sign in, or empty when Tandem has disabled the account. */
	@Transactional
	Optional<Actor> provision(String externalSubject, String displayName, AgencyRef agency, Set<Role> roles) {
		Optional<ExternalAccounts.ExternalAccount> existing = this.accounts.find(externalSubject);
		if (existing.isPresent() && !existing.get().enabled()) {
			return Optional.empty();
		}
		UUID id;
		AuditAction change = null;
		if (existing.isEmpty()) {
			id = this.accounts.create(externalSubject, displayName, agency.id());
			change = AuditAction.CREATE;
		}
		else {
			id = existing.get().id();
			if (!existing.get().agencyId().equals(agency.id()) || !this.users.rolesOf(id).equals(roles)) {
				change = AuditAction.CHANGE;
			}
			this.accounts.update(id, displayName, agency.id());
		}
		this.accounts.replaceRoles(id, roles);
		this.users.recordSuccessfulSignIn(id, this.clock.instant());
		Actor actor = Actor.user(id, displayName, agency, roles);
		if (change != null) {
			this.audit.record(AuditEvent.success(actor.asAuditActor(), change, "user", id)
				.withDetail("agency and roles from single sign-on"));
		}
		return Optional.of(actor);
	}

}
