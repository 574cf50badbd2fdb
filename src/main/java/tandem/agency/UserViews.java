package tandem.agency;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.audit.AuditAction;
import tandem.audit.AuditEvent;
import tandem.audit.AuditLog;

/**
 * Shows administrators who works where. Staff names and e-mail addresses are personal data too, so every list and
 * every user's page is recorded like any other read.
 */
@Service
class UserViews {

	private final Users users;

	private final AuditLog audit;

	UserViews(Users users, AuditLog audit) {
		this.users = users;
		this.audit = audit;
	}

	@Transactional
	List<UserSummary> list(@Nullable UUID areaId, @Nullable UUID agencyId, int limit, Actor actor) {
		List<UserSummary> found = this.users.find(areaId, agencyId, limit);
		String detail = "list of " + found.size() + "; area: " + (areaId == null ? "all" : areaId) + "; agency: "
				+ (agencyId == null ? "all" : agencyId);
		this.audit.record(AuditEvent.success(actor.asAuditActor(), AuditAction.VIEW, "user", null).withDetail(detail));
		return found;
	}

	@Transactional
	UserSummary show(UUID id, Actor actor) {
		UserSummary user = this.users.findById(id).orElseThrow(NotFound::new);
		this.audit.record(AuditEvent.success(actor.asAuditActor(), AuditAction.VIEW, "user", id));
		return user;
	}

}
