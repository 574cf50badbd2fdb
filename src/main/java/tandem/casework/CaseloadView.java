package tandem.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.agency.Actor;
import tandem.agency.Role;
import tandem.audit.AuditAction;
import tandem.audit.AuditEvent;
import tandem.audit.AuditLog;

/** Builds the caseload page (victims' names are personal data: the view is audited) and moves a leaver's cases. */
@Service
class CaseloadView {

	private final SupportCases cases;

	private final Caseloads caseloads;

	private final Allocation allocation;

	private final AuditLog audit;

	private final Clock clock;

	CaseloadView(SupportCases cases, Caseloads caseloads, Allocation allocation, AuditLog audit, Clock clock) {
		this.cases = cases;
		this.caseloads = caseloads;
		this.allocation = allocation;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * @param mine the signed-in worker's load, null for a manager who holds no cases
	 * @param team every worker's load, for managers only (empty otherwise)
	 * @param agencyCases all the agency's open cases, for managers only
	 */
	record Page(Caseloads.@Nullable WorkerLoad mine, List<SupportCase> myCases, List<Caseloads.WorkerLoad> team,
			List<SupportCase> agencyCases) {

		public List<SupportCase> unallocated() {
			return this.agencyCases.stream().filter(c -> !c.allocated()).toList();
		}

		public List<Caseloads.WorkerLoad> leavers() {
			return this.team.stream().filter(load -> !load.active() && load.openNow() > 0).toList();
		}

	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	@Transactional
	Page of(Actor actor) {
		boolean worker = actor.has(Role.CASEWORKER) && actor.userId() != null;
		boolean manager = actor.has(Role.SERVICE_MANAGER);
		Page page = new Page(worker ? this.caseloads.of(actor.userId()) : null,
				worker ? this.cases.openFor(actor.userId()) : List.of(),
				manager ? this.caseloads.team(actor.agency().id()) : List.of(),
				manager ? this.cases.openAt(actor.agency().id()) : List.of());
		this.audit.record(AuditEvent.success(actor.asAuditActor(), AuditAction.VIEW, "caseload", actor.agency().id())
			.withDetail((page.myCases().size() + page.agencyCases().size()) + " cases listed"));
		return page;
	}

	@Transactional
	int reassignAll(Actor manager, UUID fromWorker, UUID toWorker) {
		List<SupportCase> theirs = this.cases.openFor(fromWorker)
			.stream()
			.filter(c -> c.agencyId().equals(manager.agency().id()))
			.toList();
		return this.allocation.reassignAll(manager, theirs, toWorker);
	}

}
