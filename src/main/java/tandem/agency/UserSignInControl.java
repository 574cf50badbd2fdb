package tandem.agency;

import java.util.UUID;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.audit.AuditAction;
import tandem.audit.AuditEvent;
import tandem.audit.AuditLog;

/** Whether and how a user can sign in: disable, enable, unlock, set a new password. Each change audited. */
@Service
class UserSignInControl {

	static final String DISABLE_SELF = "You cannot disable your own account. Ask another administrator to do it.";

	private final Users users;

	private final PasswordEncoder passwords;

	private final AuditLog audit;

	UserSignInControl(Users users, PasswordEncoder passwords, AuditLog audit) {
		this.users = users;
		this.passwords = passwords;
		this.audit = audit;
	}

	/** Disables the account and ends its sessions at once; an administrator cannot lock themselves out. */
	@Transactional
	FormErrors disable(UUID id, Actor actor) {
		this.users.findById(id).orElseThrow(NotFound::new);
		if (id.equals(actor.userId())) {
			return new FormErrors().problem(DISABLE_SELF);
		}
		if (this.users.setEnabled(id, false)) {
			this.users.endSessions(id);
			record(actor, id, "disabled");
		}
		return new FormErrors();
	}

	@Transactional
	void enable(UUID id, Actor actor) {
		this.users.findById(id).orElseThrow(NotFound::new);
		if (this.users.setEnabled(id, true)) {
			record(actor, id, "enabled");
		}
	}

	/** Clears the failed sign-ins that locked the account, so the user can try again now. */
	@Transactional
	void unlock(UUID id, Actor actor) {
		this.users.findById(id).orElseThrow(NotFound::new);
		this.users.unlock(id);
		record(actor, id, "unlocked");
	}

	/** Sets a new password and ends the user's sessions, so only someone who knows it can go on. */
	@Transactional
	FormErrors setPassword(UUID id, PasswordForm form, Actor actor) {
		this.users.findById(id).orElseThrow(NotFound::new);
		FormErrors errors = form.validate();
		if (errors.any()) {
			return errors;
		}
		this.users.setPasswordHash(id, this.passwords.encode(form.password()));
		if (!id.equals(actor.userId())) {
			this.users.endSessions(id);
		}
		record(actor, id, "password set");
		return errors;
	}

	private void record(Actor actor, UUID id, String detail) {
		this.audit.record(AuditEvent.success(actor.asAuditActor(), AuditAction.CHANGE, "user", id).withDetail(detail));
	}

}
