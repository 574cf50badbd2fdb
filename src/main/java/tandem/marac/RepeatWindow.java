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
 * The window is the pair's as people: a referral of the same victim and perpetrator in another of the area's cases,
 * under a record since combined with theirs, counts. Other areas' referrals are not read here, so the list shows
 * no date of another area's case (doc/adr/0106).
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
				with open_case as (
				    select id, reference from case_file
				    where area_id = :area and closed_on is null and not restricted
				), same_pair as (
				    select id, id as other from open_case
				    union
				    select oc.id, v2.case_id
				    from open_case oc
				    join case_party v on v.case_id = oc.id and v.role = 'VICTIM'
				    join person vk on vk.id = v.person_id
				    join person vs on vs.id = coalesce(vk.merged_into, vk.id) or vs.merged_into = coalesce(vk.merged_into, vk.id)
				    join case_party v2 on v2.person_id = vs.id and v2.role = 'VICTIM'
				    join case_party p on p.case_id = oc.id and p.role = 'PERPETRATOR'
				    join person pk on pk.id = p.person_id
				    join person ps on ps.id = coalesce(pk.merged_into, pk.id) or ps.merged_into = coalesce(pk.merged_into, pk.id)
				    join case_party p2 on p2.case_id = v2.case_id and p2.person_id = ps.id and p2.role = 'PERPETRATOR'
				    join case_file c2 on c2.id = v2.case_id and c2.area_id = :area and not c2.restricted
				)
				select oc.id, oc.reference, max(r.referred_on) as last_referred_on
				from open_case oc
				join same_pair s on s.id = oc.id
				join referral r on r.case_id = s.other and r.meets_marac_threshold
				group by oc.id, oc.reference
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
