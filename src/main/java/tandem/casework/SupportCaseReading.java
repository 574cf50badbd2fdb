package tandem.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import tandem.agency.Actor;
import tandem.audit.AuditAction;
import tandem.audit.AuditEvent;
import tandem.audit.AuditLog;
import tandem.cases.CaseDetails;
import tandem.cases.CaseGate;
import tandem.cases.CaseSight;

/**
 * Reads a service's case in full for its workers: the shared case through the case gate (which records the view),
 * and everything the service has recorded, so a worker taking over picks up the whole record.
 */
@Service
class SupportCaseReading {

	private final CaseworkAccess access;

	private final CaseGate gate;

	private final CaseworkRecords records;

	private final Outcomes outcomes;

	private final AuditLog audit;

	private final Clock clock;

	SupportCaseReading(CaseworkAccess access, CaseGate gate, CaseworkRecords records, Outcomes outcomes,
			AuditLog audit, Clock clock) {
		this.clock = clock;
		this.access = access;
		this.gate = gate;
		this.records = records;
		this.outcomes = outcomes;
		this.audit = audit;
	}

	record View(SupportCase supportCase, CaseDetails details, List<CaseworkRecords.Contact> contacts,
			List<CaseworkRecords.Action> actions, Optional<CaseworkRecords.Plan> plan,
			Optional<CaseworkRecords.Needs> needs, List<CaseworkRecords.Allocation> allocations,
			Map<Outcomes.Stage, Outcomes.Outcome> outcomes) {

		public Outcomes.@Nullable Outcome outcomeAt(String stage) {
			return this.outcomes.get(Outcomes.Stage.valueOf(stage));
		}

		public long openActions() {
			return this.actions.stream().filter(CaseworkRecords.Action::open).count();
		}

	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	@Transactional
	View read(Actor actor, String id) {
		SupportCase supportCase = this.access.supportCase(actor, id);
		if (!(this.gate.read(actor, supportCase.caseId().toString()) instanceof CaseSight.Visible visible)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		this.audit.record(AuditEvent.success(actor.asAuditActor(), AuditAction.VIEW, "support-case", supportCase.id())
			.inCase(supportCase.caseId()));
		return new View(supportCase, visible.details(), this.records.contacts(supportCase.id()),
				this.records.actions(supportCase.id()), this.records.plan(supportCase.id()),
				this.records.needs(supportCase.id()), this.records.allocations(supportCase.id()),
				this.outcomes.of(supportCase.id()));
	}

}
