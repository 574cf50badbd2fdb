package tandem.casework;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import tandem.agency.Actor;
import tandem.audit.AuditAction;
import tandem.audit.AuditEvent;
import tandem.audit.AuditLog;

/**
 * Caseload counts per worker: the cases open now (the active caseload) and the cases allocated in the last 12 months
 * (the throughput the SafeLives guide speaks of), with each worker's full-time equivalent (1 unless recorded).
 */
@Repository
class Caseloads {

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	Caseloads(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** @param active false when the worker can no longer sign in: their open cases need reassigning */
	record WorkerLoad(UUID workerId, String name, boolean active, long openNow, CaseloadGuide guide) {
	}

	/** Current caseworkers of the agency, and anyone who has left but still holds open cases. */
	List<WorkerLoad> team(UUID agencyId) {
		return query("""
				u.agency_id = :agency and (
				    (u.enabled and exists (select 1 from user_role r where r.user_id = u.id and r.role = 'CASEWORKER'))
				    or exists (select 1 from support_case s where s.worker_user_id = u.id and s.closed_on is null))
				""", agencyId);
	}

	WorkerLoad of(UUID workerId) {
		return query("u.id = :agency", workerId).getFirst();
	}

	private List<WorkerLoad> query(String where, UUID id) {
		Instant yearAgo = ZonedDateTime.now(this.clock).minusYears(1).toInstant();
		return this.jdbc.sql("""
				select u.id, u.display_name, u.enabled, coalesce(f.fte, 1.00) as fte,
				    (select count(*) from support_case s where s.worker_user_id = u.id and s.closed_on is null) as open_now,
				    (select count(distinct a.support_case_id) from support_case_allocation a
				     where a.worker_user_id = u.id and a.allocated_at > :since) as in_year
				from app_user u left join caseworker_fte f on f.user_id = u.id
				where\s""" + where + " order by u.display_name")
			.param("agency", id)
			.param("since", Timestamp.from(yearAgo))
			.query((rs, row) -> new WorkerLoad(rs.getObject("id", UUID.class), rs.getString("display_name"),
					rs.getBoolean("enabled"), rs.getLong("open_now"),
					new CaseloadGuide(rs.getLong("in_year"), rs.getBigDecimal("fte"))))
			.list();
	}

	/** A manager records a worker's hours as a full-time equivalent; an admin-style change, audited. */
	@Transactional
	public void recordFte(Actor manager, UUID workerId, BigDecimal fte) {
		this.jdbc.sql("""
				insert into caseworker_fte (user_id, fte) values (:user, :fte)
				on conflict (user_id) do update set fte = excluded.fte
				""")
			.param("user", workerId).param("fte", fte)
			.update();
		this.audit.record(AuditEvent.success(manager.asAuditActor(), AuditAction.CHANGE, "caseworker-fte", workerId)
			.withDetail("fte " + fte.toPlainString()));
	}

}
