package tandem.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.access.CaseAccessFacts;
import tandem.access.CaseAccessPolicy;
import tandem.agency.Actor;
import tandem.agency.Role;
import tandem.audit.AuditAction;
import tandem.audit.AuditEvent;
import tandem.audit.AuditLog;

/**
 * The cases behind a figure, for someone entitled to see them: each thing the figure counted, but only on cases the
 * access policy lets this person see (without break glass: a list is no reason to open someone else's case). Only
 * references and dates are listed; opening a case goes through the case page and its own checks. Every listing is
 * recorded, and so is every refusal.
 */
@Service
class CasesBehind {

	/** More than a page can usefully show; the count of the rest is given. */
	static final int LIMIT = 200;

	private record Candidate(CasesBehindListing.Row row, UUID areaId, boolean restricted, boolean involved, boolean named) {

		boolean visibleTo(Actor actor) {
			CaseAccessFacts facts = new CaseAccessFacts(this.row.caseId(), this.areaId, this.restricted,
					this.involved ? Set.of(actor.agency().id()) : Set.of(),
					this.named && actor.userId() != null ? Set.of(actor.userId()) : Set.of());
			return CaseAccessPolicy.decide(actor, facts, false).isGranted();
		}

	}

	private final JdbcClient jdbc;

	private final Measures measures;

	private final MonthlyCounts counts;

	private final AuditLog audit;

	CasesBehind(JdbcClient jdbc, Measures measures, MonthlyCounts counts, AuditLog audit) {
		this.jdbc = jdbc;
		this.measures = measures;
		this.counts = counts;
		this.audit = audit;
	}

	/** Whether this person may ever see a list of cases: only people whose roles work with cases. */
	static boolean mayList(Actor actor) {
		return actor.worksWithCases();
	}

	@Transactional
	public CasesBehindListing list(Actor actor, Figure figure, ReportScope scope) {
		Measure measure = this.measures.get(figure.measure());
		UUID userId = actor.userId();
		// Narrowed in SQL to the cases the policy could grant, by three indexed ways in (as the case list does).
		List<Candidate> candidates = this.jdbc.sql("""
				with candidate as (
				    select case_id from case_agency where agency_id = :agency
				    union
				    select id from case_file where :servesArea and area_id = :ownArea
				    union
				    select case_id from case_named_user where user_id = :user
				)
				select f.case_id, f.occurred_on, c.reference, c.area_id, c.restricted, a.name as area_name,
				       exists (select 1 from case_agency x where x.case_id = c.id and x.agency_id = :agency) as involved,
				       exists (select 1 from case_named_user n where n.case_id = c.id and n.user_id = :user) as named
				from candidate k
				join (%s) f on f.case_id = k.case_id
				join case_file c on c.id = f.case_id
				join area a on a.id = c.area_id
				where f.occurred_on >= :from and f.occurred_on < :to
				  and (cast(:area as uuid) is null or f.area_id = cast(:area as uuid))
				order by f.occurred_on desc, c.reference
				""".formatted(measure.factSql()))
			.param("agency", actor.agency().id())
			.param("user", userId)
			.param("from", scope.period().start())
			.param("to", scope.period().end())
			.param("area", scope.areaId())
			.param("servesArea", actor.roles().stream().anyMatch(Role::servesArea))
			.param("ownArea", actor.agency().areaId())
			.query((rs, number) -> new Candidate(new CasesBehindListing.Row(rs.getObject("case_id", UUID.class),
					rs.getString("reference"), rs.getObject("occurred_on", LocalDate.class), rs.getString("area_name")),
					rs.getObject("area_id", UUID.class), rs.getBoolean("restricted"), rs.getBoolean("involved"),
					rs.getBoolean("named")))
			.list();
		List<CasesBehindListing.Row> visible = candidates.stream()
			.filter(candidate -> candidate.visibleTo(actor))
			.map(Candidate::row)
			.toList();
		List<CasesBehindListing.Row> shown = visible.stream().limit(LIMIT).toList();
		long figureValue = this.counts.byCategory(measure.id(), Breakdown.TOTAL, scope.areaId(), scope.period().start(),
				scope.period().end())
			.stream()
			.mapToLong(MonthlyCounts.Count::amount)
			.sum();
		this.audit.record(AuditEvent.success(actor.asAuditActor(), AuditAction.VIEW, "report-cases", figure.id())
			.withDetail(shown.size() + " cases listed behind " + figure.id() + ", " + scope.areaName() + ", "
					+ scope.period().label()));
		return new CasesBehindListing(shown, figureValue, visible.size() > LIMIT, LIMIT);
	}

	@Transactional
	public void refuse(Actor actor, Figure figure) {
		this.audit.recordAlone(AuditEvent.success(actor.asAuditActor(), AuditAction.ACCESS_REFUSED, "report-cases",
				figure.id())
			.withOutcome(AuditEvent.Outcome.REFUSED)
			.withDetail("no role that works with cases"));
	}

}
