package tandem.marac;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.agency.Actor;
import tandem.audit.AuditAction;
import tandem.audit.AuditEvent;
import tandem.audit.AuditLog;

/**
 * The cases of an area whose 12-month repeat window is about to lapse: a further incident within 12 months of the
 * last MARAC referral makes a repeat (domain.md §2.6), so the coordinator keeps an eye on those near the end of it.
 */
@Service
class RepeatWindow {

	/** How far ahead the list looks. */
	static final int DAYS_AHEAD = 30;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	RepeatWindow(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	record Lapsing(UUID caseId, String reference, LocalDate lastReferredOn, LocalDate lapsesOn) {
	}

	/** Restricted cases are left out: only their named users may know of them. */
	@Transactional
	List<Lapsing> lapsingSoon(Actor actor) {
		LocalDate today = LocalDate.now(this.clock);
		List<Lapsing> lapsing = this.jdbc.sql("""
				select c.id, c.reference, max(r.referred_on) as last_referred_on
				from case_file c join referral r on r.case_id = c.id and r.meets_marac_threshold
				where c.area_id = :area and c.closed_on is null and not c.restricted
				group by c.id, c.reference
				having max(r.referred_on) > :from and max(r.referred_on) <= :to
				order by last_referred_on limit 200
				""")
			.param("area", actor.agency().areaId())
			.param("from", today.minusYears(1))
			.param("to", today.plusDays(DAYS_AHEAD).minusYears(1))
			.query((rs, row) -> {
				LocalDate last = rs.getObject("last_referred_on", LocalDate.class);
				return new Lapsing(rs.getObject("id", UUID.class), rs.getString("reference"), last, last.plusYears(1));
			})
			.list();
		this.audit.record(AuditEvent.success(actor.asAuditActor(), AuditAction.VIEW, "case-list", null)
			.withDetail("MARAC repeat windows lapsing, " + lapsing.size() + " cases"));
		return lapsing;
	}

}
