package tandem.cases;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;

import tandem.agency.Actor;

/** Reads what the audit trail holds about an actor, for tests to assert on. */
@TestComponent
public class CaseAuditRecords {

	private final JdbcClient jdbc;

	CaseAuditRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record Recorded(String action, String subjectType, @Nullable UUID caseId, String outcome,
			@Nullable String detail) {
	}

	/** Everything the actor has done, in order. */
	public List<Recorded> of(Actor actor) {
		return this.jdbc.sql("""
				select action, subject_type, case_id, outcome, detail from audit_event
				where actor_id = :actor order by id
				""")
			.param("actor", actor.id())
			.query((rs, row) -> new Recorded(rs.getString("action"), rs.getString("subject_type"),
					rs.getObject("case_id", UUID.class), rs.getString("outcome"), rs.getString("detail")))
			.list();
	}

}
