package tandem.alerts;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads which cases a person's records are victim or perpetrator in, open or closed: a closed case still shows who a
 * perpetrator has harmed. A case's victim is read as a person through {@code person.merged_into} (V170), so that two
 * records of one victim are not counted as two victims.
 */
@Repository
class PersonCaseLinks {

	private final JdbcClient jdbc;

	PersonCaseLinks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<CaseLink> of(Collection<UUID> records) {
		return this.jdbc.sql("""
				select c.id, c.area_id, c.reference, c.restricted, p.role, p.person_id,
				       coalesce(vp.merged_into, vp.id) as victim
				from case_party p
				join case_file c on c.id = p.case_id
				join case_party v on v.case_id = c.id and v.role = 'VICTIM'
				join person vp on vp.id = v.person_id
				where p.person_id in (:records) and p.role in ('VICTIM', 'PERPETRATOR')
				""")
			.param("records", records)
			.query((rs, row) -> new CaseLink(rs.getObject("id", UUID.class), rs.getObject("area_id", UUID.class),
					rs.getString("reference"), rs.getBoolean("restricted"), AlertKind.ofRole(rs.getString("role")),
					rs.getObject("person_id", UUID.class), rs.getObject("victim", UUID.class)))
			.list();
	}

	/** The victims and perpetrators of a case: the people whose links a new party may have changed. */
	List<UUID> peopleOf(UUID caseId) {
		return this.jdbc.sql("""
				select person_id from case_party where case_id = :case and role in ('VICTIM', 'PERPETRATOR')
				""")
			.param("case", caseId)
			.query(UUID.class)
			.list();
	}

}
