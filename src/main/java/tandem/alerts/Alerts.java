package tandem.alerts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The alert rows: raised, widened to newer cases while open, acknowledged by a coordinator or withdrawn. */
@Repository
class Alerts {

	private static final String COLUMNS = "id, area_id, person_id, kind, case_ids, raised_at, acknowledged_at, withdrawn_at";

	private final JdbcClient jdbc;

	Alerts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Alert(UUID id, UUID areaId, UUID personId, AlertKind kind, Set<UUID> caseIds, Instant raisedAt,
			@Nullable Instant acknowledgedAt, @Nullable Instant withdrawnAt) {

		boolean open() {
			return this.acknowledgedAt == null && this.withdrawnAt == null;
		}

	}

	/**
	 * Holds, until the transaction ends, the right to raise alerts about these people, so that two referrals naming the
	 * same person at once do not raise the same alert twice. Each person's key is their lowest record id, and keys are
	 * taken in order so that two transactions locking the same people cannot deadlock.
	 */
	void lockPeople(Collection<Set<UUID>> people) {
		String[] keys = people.stream()
			.map(records -> "person-alert:" + records.stream().map(UUID::toString).sorted().findFirst().orElseThrow())
			.distinct()
			.toArray(String[]::new);
		// One statement, taking the locks in the order the keys are sorted in.
		this.jdbc.sql("""
				select pg_advisory_xact_lock(hashtextextended(key, 0))
				from (select key from unnest(:keys) as k (key) order by key) sorted
				""")
			.param("keys", keys)
			.query((rs, row) -> row)
			.list();
	}

	/** The newest alert of this kind in this area about any of these records of one person. */
	Optional<Alert> latest(UUID areaId, AlertKind kind, Collection<UUID> records) {
		return this.jdbc.sql("select " + COLUMNS + """
				 from person_alert where area_id = :area and kind = :kind and person_id in (:records)
				order by raised_at desc, id limit 1
				""")
			.param("area", areaId).param("kind", kind.name()).param("records", records)
			.query(Alerts::alert).optional();
	}

	List<Alert> openAbout(Collection<UUID> records) {
		return this.jdbc.sql("select " + COLUMNS + """
				 from person_alert where person_id in (:records) and acknowledged_at is null and withdrawn_at is null
				""")
			.param("records", records).query(Alerts::alert).list();
	}

	/** An area's open alerts, newest first. */
	List<Alert> openIn(UUID areaId) {
		return this.jdbc.sql("select " + COLUMNS + """
				 from person_alert where area_id = :area and acknowledged_at is null and withdrawn_at is null
				order by raised_at desc, id limit 200
				""")
			.param("area", areaId).query(Alerts::alert).list();
	}

	/** An alert a coordinator acknowledged, with who it was and what they noted. */
	record Acknowledged(Alert alert, String by, @Nullable String note) {
	}

	/** An area's alerts acknowledged since {@code since}, most recent first. */
	List<Acknowledged> acknowledgedIn(UUID areaId, Instant since) {
		return this.jdbc.sql("select a.*, u.display_name as acknowledged_by_name from (select " + COLUMNS + """
				, acknowledged_by, note from person_alert where area_id = :area and acknowledged_at >= :since) a
				join app_user u on u.id = a.acknowledged_by
				order by a.acknowledged_at desc, a.id limit 100
				""")
			.param("area", areaId).param("since", Timestamp.from(since))
			.query((rs, row) -> new Acknowledged(alert(rs, row), rs.getString("acknowledged_by_name"),
					rs.getString("note")))
			.list();
	}

	Optional<Alert> find(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from person_alert where id = :id").param("id", id)
			.query(Alerts::alert).optional();
	}

	void insert(UUID id, UUID areaId, UUID personId, AlertKind kind, Set<UUID> caseIds, Instant at) {
		this.jdbc.sql("""
				insert into person_alert (id, area_id, person_id, kind, case_ids, raised_at)
				values (:id, :area, :person, :kind, :cases, :at)
				""")
			.param("id", id).param("area", areaId).param("person", personId).param("kind", kind.name())
			.param("cases", caseIds.toArray(UUID[]::new)).param("at", Timestamp.from(at))
			.update();
	}

	/** The cases the open alert now covers. */
	void cover(UUID id, Set<UUID> caseIds) {
		this.jdbc.sql("update person_alert set case_ids = :cases where id = :id")
			.param("cases", caseIds.toArray(UUID[]::new)).param("id", id).update();
	}

	void withdraw(UUID id, Instant at) {
		this.jdbc.sql("update person_alert set withdrawn_at = :at where id = :id and withdrawn_at is null")
			.param("at", Timestamp.from(at)).param("id", id).update();
	}

	/** @return false when the alert is not open (already acknowledged, or withdrawn) */
	boolean acknowledge(UUID id, UUID userId, @Nullable String note, Instant at) {
		return this.jdbc.sql("""
				update person_alert set acknowledged_at = :at, acknowledged_by = :user, note = :note
				where id = :id and acknowledged_at is null and withdrawn_at is null
				""")
			.param("at", Timestamp.from(at)).param("user", userId).param("note", note).param("id", id)
			.update() == 1;
	}

	private static Alert alert(ResultSet rs, int row) throws SQLException {
		Timestamp acknowledged = rs.getTimestamp("acknowledged_at");
		Timestamp withdrawn = rs.getTimestamp("withdrawn_at");
		return new Alert(rs.getObject("id", UUID.class), rs.getObject("area_id", UUID.class),
				rs.getObject("person_id", UUID.class), AlertKind.valueOf(rs.getString("kind")),
				Set.of((UUID[]) rs.getArray("case_ids").getArray()), rs.getTimestamp("raised_at").toInstant(),
				acknowledged == null ? null : acknowledged.toInstant(), withdrawn == null ? null : withdrawn.toInstant());
	}

}
