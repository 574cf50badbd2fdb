package tandem.casework;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.Ids;
import tandem.agency.Actor;
import tandem.audit.AuditAction;
import tandem.audit.AuditEvent;
import tandem.audit.AuditLog;

/**
 * Allocates a service's cases to its workers and hands them over. The case keeps everything recorded on it, whoever
 * holds it: a handover changes only who is responsible, and each change is kept in the allocation history.
 */
@Service
class Allocation {

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	Allocation(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** The person chosen is not a current caseworker of this service. */
	static final class NotAWorker extends RuntimeException {

		NotAWorker() {
			super("Not a current caseworker of this agency");
		}

	}

	/** Caseworkers of the agency who can sign in, by name: who a case may go to. */
	Map<String, String> workers(UUID agencyId) {
		Map<String, String> workers = new java.util.LinkedHashMap<>();
		this.jdbc.sql("""
				select u.id, u.display_name from app_user u join user_role r on r.user_id = u.id and r.role = 'CASEWORKER'
				where u.agency_id = :agency and u.enabled order by u.display_name
				""")
			.param("agency", agencyId)
			.query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.forEach(entry -> workers.put(entry.getKey(), entry.getValue()));
		return workers;
	}

	@Transactional
	public void allocate(Actor manager, SupportCase supportCase, UUID workerId, @Nullable String note) {
		if (!workers(supportCase.agencyId()).containsKey(workerId.toString())) {
			throw new NotAWorker();
		}
		Instant now = Instant.now(this.clock);
		this.jdbc.sql("""
				update support_case set worker_user_id = :worker, allocated_at = :now, version = version + 1
				where id = :id and closed_on is null
				""")
			.param("worker", workerId).param("now", Timestamp.from(now)).param("id", supportCase.id())
			.update();
		this.jdbc.sql("""
				insert into support_case_allocation (id, support_case_id, allocated_at, worker_user_id, by_user_id, note)
				values (:allocation, :id, :now, :worker, :by, :note)
				""")
			.param("allocation", Ids.next()).param("id", supportCase.id()).param("now", Timestamp.from(now)).param("worker", workerId)
			.param("by", manager.userId()).param("note", note)
			.update();
		this.audit.record(AuditEvent.success(manager.asAuditActor(), AuditAction.CHANGE, "support-case",
				supportCase.id()).inCase(supportCase.caseId())
			.withDetail(supportCase.allocated() ? "handed over" : "allocated"));
	}

	/** Every open case of a worker (typically one who has left) goes to another; returns how many moved. */
	@Transactional
	public int reassignAll(Actor manager, List<SupportCase> theirCases, UUID toWorker) {
		theirCases.forEach(supportCase -> allocate(manager, supportCase, toWorker, "Reassigned with the worker's caseload"));
		return theirCases.size();
	}

}
