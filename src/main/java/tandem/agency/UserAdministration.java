package tandem.agency;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.audit.AuditAction;
import tandem.audit.AuditEvent;
import tandem.audit.AuditLog;

/** Adding users and changing their details, agency and roles, each change audited in its own transaction. */
@Service
class UserAdministration {

	static final String INACTIVE_AGENCY = "This agency is inactive, so no one can be added to it. Select another agency";

	static final String OWN_ADMINISTRATOR_ROLE = "You cannot remove your own administrator role. "
			+ "Ask another administrator to do it";

	private final Users users;

	private final Agencies agencies;

	private final PasswordEncoder passwords;

	private final AuditLog audit;

	UserAdministration(Users users, Agencies agencies, PasswordEncoder passwords, AuditLog audit) {
		this.users = users;
		this.agencies = agencies;
		this.passwords = passwords;
		this.audit = audit;
	}

	@Transactional
	FormErrors add(UUID id, UserForm form, Actor actor) {
		FormErrors errors = form.validate();
		if (!errors.has("username") && this.users.usernameTaken(form.username())) {
			errors.add("username", "There is already a user with the username " + form.username());
		}
		Optional<AgencySummary> agency = Input.id(form.agency()).flatMap(this.agencies::findById);
		errors.check("agency", agency.isPresent(), "Select the user’s agency")
			.check("agency", agency.map(AgencySummary::active).orElse(true), INACTIVE_AGENCY);
		if (errors.any()) {
			return errors;
		}
		Set<Role> roles = form.chosenRoles();
		this.users.insert(id, agency.get().id(), form.username(), form.displayName(), Input.optional(form.email()),
				this.passwords.encode(form.password()), roles);
		String detail = "agency: " + agency.get().qualifiedCode() + "; " + new ChangeDetail().roles(Set.of(), roles);
		this.audit.record(AuditEvent.success(actor.asAuditActor(), AuditAction.CREATE, "user", id).withDetail(detail));
		return errors;
	}

	@Transactional
	FormErrors change(UUID id, UserChangeForm form, Actor actor) {
		UserSummary before = this.users.findById(id).orElseThrow(NotFound::new);
		FormErrors errors = form.validate();
		Optional<AgencySummary> agency = Input.id(form.agency()).flatMap(this.agencies::findById);
		boolean agencyChanged = agency.isPresent() && !agency.get().id().equals(before.agencyId());
		errors.check("agency", agency.isPresent(), "Select the user’s agency")
			.check("agency", !agencyChanged || agency.get().active(), INACTIVE_AGENCY);
		boolean self = id.equals(actor.userId());
		errors.check("roles", !self || errors.has("roles") || form.chosenRoles().contains(Role.ADMINISTRATOR),
				OWN_ADMINISTRATOR_ROLE);
		if (errors.any()) {
			return errors;
		}
		Set<Role> roles = form.chosenRoles();
		if (!this.users.update(id, form.displayName(), Input.optional(form.email()), agency.get().id(), form.version())) {
			throw new EditConflict("user");
		}
		this.users.replaceRoles(id, roles);
		if (!self && (agencyChanged || !roles.equals(before.roles()))) {
			this.users.endSessions(id);
		}
		String detail = new ChangeDetail().changed("display name", before.displayName(), form.displayName())
			.changed("e-mail", before.email() == null ? "" : before.email(), form.email())
			.value("agency", before.agencyCode(), agency.get().qualifiedCode())
			.roles(before.roles(), roles)
			.toString();
		this.audit.record(AuditEvent.success(actor.asAuditActor(), AuditAction.CHANGE, "user", id).withDetail(detail));
		return errors;
	}

}
