package tandem.casework;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads what a service records on its case: contacts, actions, needs, safety plan, outcomes and workers. */
@Repository
class CaseworkRecords {

	private final JdbcClient jdbc;

	CaseworkRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Contact(Instant occurredAt, String method, String outcome, @Nullable String note, String byName) {
	}

	record Action(UUID id, String description, @Nullable LocalDate dueOn, @Nullable Instant doneAt) {

		public boolean open() {
			return this.doneAt == null;
		}

	}

	record Plan(boolean stayingWithPerpetrator, String plan, Instant updatedAt, String updatedBy, int version) {
	}

	record Needs(List<String> needs, @Nullable String perpetratorPattern, @Nullable String protectiveEfforts,
			int version) {
	}

	record Allocation(Instant allocatedAt, String workerName, @Nullable String byName, @Nullable String note) {
	}

	List<Contact> contacts(UUID supportCaseId) {
		return this.jdbc.sql("""
				select l.occurred_at, l.method, l.outcome, l.note, u.display_name
				from contact_log l join app_user u on u.id = l.by_user_id
				where l.support_case_id = :id order by l.occurred_at desc
				""")
			.param("id", supportCaseId)
			.query((rs, row) -> new Contact(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
					rs.getString(4), rs.getString(5)))
			.list();
	}

	List<Action> actions(UUID supportCaseId) {
		return this.jdbc.sql("""
				select id, description, due_on, done_at from support_action
				where support_case_id = :id order by done_at nulls first, due_on nulls last, description
				""")
			.param("id", supportCaseId)
			.query((rs, row) -> new Action(rs.getObject(1, UUID.class), rs.getString(2),
					rs.getObject(3, LocalDate.class), instant(rs.getTimestamp(4))))
			.list();
	}

	Optional<Plan> plan(UUID supportCaseId) {
		return this.jdbc.sql("""
				select p.staying_with_perpetrator, p.plan, p.updated_at, u.display_name, p.version
				from safety_plan p join app_user u on u.id = p.updated_by_user_id where p.support_case_id = :id
				""")
			.param("id", supportCaseId)
			.query((rs, row) -> new Plan(rs.getBoolean(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
					rs.getString(4), rs.getInt(5)))
			.optional();
	}

	Optional<Needs> needs(UUID supportCaseId) {
		return this.jdbc.sql("""
				select needs, perpetrator_pattern, protective_efforts, version from needs_assessment
				where support_case_id = :id
				""")
			.param("id", supportCaseId)
			.query((rs, row) -> new Needs(Arrays.asList((String[]) rs.getArray(1).getArray()), rs.getString(2),
					rs.getString(3), rs.getInt(4)))
			.optional();
	}

	List<Allocation> allocations(UUID supportCaseId) {
		return this.jdbc.sql("""
				select a.allocated_at, w.display_name, b.display_name, a.note
				from support_case_allocation a join app_user w on w.id = a.worker_user_id
				left join app_user b on b.id = a.by_user_id
				where a.support_case_id = :id order by a.allocated_at desc
				""")
			.param("id", supportCaseId)
			.query((rs, row) -> new Allocation(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
					rs.getString(4)))
			.list();
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
