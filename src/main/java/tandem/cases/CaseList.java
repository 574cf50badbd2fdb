package tandem.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

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
import tandem.risk.RiskLevel;

/**
 * The open cases someone works: those their agency is involved in, their area's for coordinators and chairs, and
 * those they are named on. The query narrows the candidates; the access policy still has the last word on each row.
 */
@Service
public class CaseList {

	public static final int PAGE_SIZE = 25;

	/** Three indexed ways in, united, rather than one OR that would scan every case in the country. */
	private static final String CANDIDATES = """
			with candidate as (
			    select case_id from case_agency where agency_id = :agencyId
			    union
			    select id from case_file where :servesArea and area_id = :areaId
			    union
			    select case_id from case_named_user where user_id = :userId
			)
			select c.id, c.reference, c.area_id, c.risk_level, c.opened_on, c.restricted,
			       exists (select 1 from case_agency a where a.case_id = c.id and a.agency_id = :agencyId) as involved,
			       exists (select 1 from case_named_user n where n.case_id = c.id and n.user_id = :userId) as named,
			       (select concat_ws(' ', p.given_name, p.family_name) from case_party v
			        join person p on p.id = v.person_id
			        where v.case_id = c.id and v.role = 'VICTIM' limit 1) as victim_name
			from candidate k
			join case_file c on c.id = k.case_id
			where c.closed_on is null
			  and (not c.restricted
			       or exists (select 1 from case_named_user n where n.case_id = c.id and n.user_id = :userId))
			order by c.opened_on desc, c.created_at desc, c.id
			limit :limit offset :offset
			""";

	private final JdbcClient jdbc;

	private final AuditLog audit;

	CaseList(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** A page of the actor's open cases, newest first. Showing victims' names is a read, so each page is recorded. */
	@Transactional
	public CaseListPage openCasesFor(Actor actor, int page) {
		int number = Math.max(page, 1);
		if (!actor.worksWithCases() || actor.userId() == null) {
			return new CaseListPage(List.of(), number, false);
		}
		List<Candidate> candidates = this.jdbc.sql(CANDIDATES)
			.param("agencyId", actor.agency().id())
			.param("userId", actor.userId())
			.param("areaId", actor.agency().areaId())
			.param("servesArea", actor.roles().stream().anyMatch(Role::servesArea))
			.param("limit", PAGE_SIZE + 1)
			.param("offset", (long) (number - 1) * PAGE_SIZE)
			.query((rs, row) -> new Candidate(
					new CaseListRow(rs.getObject("id", UUID.class), rs.getString("reference"),
							victimName(rs.getString("victim_name")), riskLevel(rs.getString("risk_level")),
							rs.getObject("opened_on", LocalDate.class)),
					rs.getObject("area_id", UUID.class), rs.getBoolean("restricted"), rs.getBoolean("involved"),
					rs.getBoolean("named")))
			.list();
		List<CaseListRow> rows = candidates.stream()
			.limit(PAGE_SIZE)
			.filter(candidate -> candidate.allows(actor))
			.map(Candidate::row)
			.toList();
		this.audit.record(AuditEvent.success(actor.asAuditActor(), AuditAction.VIEW, "case-list", null)
			.withDetail(rows.size() + " cases listed, page " + number));
		return new CaseListPage(rows, number, candidates.size() > PAGE_SIZE);
	}

	private static String victimName(@Nullable String name) {
		return name == null || name.isBlank() ? "Name not known" : name;
	}

	private static @Nullable RiskLevel riskLevel(@Nullable String level) {
		return level == null ? null : RiskLevel.valueOf(level);
	}

	/** A row with just the facts the policy needs about this actor: their own agency's involvement and naming. */
	private record Candidate(CaseListRow row, UUID areaId, boolean restricted, boolean involved, boolean named) {

		boolean allows(Actor actor) {
			CaseAccessFacts facts = new CaseAccessFacts(this.row.id(), this.areaId, this.restricted,
					this.involved ? Set.of(actor.agency().id()) : Set.of(),
					this.named && actor.userId() != null ? Set.of(actor.userId()) : Set.of());
			return CaseAccessPolicy.decide(actor, facts, false).isGranted();
		}

	}

}
