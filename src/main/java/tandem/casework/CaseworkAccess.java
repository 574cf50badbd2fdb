package tandem.casework;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import tandem.agency.Actor;
import tandem.agency.Role;
import tandem.audit.AuditAction;
import tandem.audit.AuditEvent;
import tandem.audit.AuditLog;

/**
 * Who may work a service's case: the caseworkers and managers of the agency that runs it. Anyone else is refused,
 * the refusal audited on its own, and told the case does not exist.
 */
@Component
class CaseworkAccess {

	private final SupportCases cases;

	private final AuditLog audit;

	CaseworkAccess(SupportCases cases, AuditLog audit) {
		this.cases = cases;
		this.audit = audit;
	}

	static boolean works(Actor actor) {
		return actor.has(Role.CASEWORKER) || actor.has(Role.SERVICE_MANAGER);
	}

	SupportCase supportCase(Actor actor, String id) {
		SupportCase found = parse(id).flatMap(this.cases::find)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!found.agencyId().equals(actor.agency().id()) || !works(actor)) {
			this.audit.recordAlone(AuditEvent.success(actor.asAuditActor(), AuditAction.ACCESS_REFUSED, "support-case",
					found.id()).inCase(found.caseId()).withOutcome(AuditEvent.Outcome.REFUSED));
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return found;
	}

	/** Allocation and reassignment are a manager's decisions. */
	SupportCase managed(Actor actor, String id) {
		SupportCase found = supportCase(actor, id);
		if (!actor.has(Role.SERVICE_MANAGER)) {
			this.audit.recordAlone(AuditEvent.success(actor.asAuditActor(), AuditAction.ACCESS_REFUSED, "support-case",
					found.id()).inCase(found.caseId()).withOutcome(AuditEvent.Outcome.REFUSED)
				.withDetail("allocation needs a service manager"));
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return found;
	}

	static java.util.Optional<UUID> parse(String id) {
		try {
			return java.util.Optional.of(UUID.fromString(id));
		}
		catch (IllegalArgumentException ex) {
			return java.util.Optional.empty();
		}
	}

}
