package tandem.triage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tandem.Ids;

/** The triage queue's rows. */
@Repository
class TriageItems {

	private static final String SELECT = """
			select t.*, c.reference, c.risk_level, g.name as referring, s.name as service_name,
			       u.display_name as decided_by,
			       array(select a.description from triage_action a where a.triage_item_id = t.id order by a.position)
			           as actions
			from triage_item t
			join case_file c on c.id = t.case_id
			join referral r on r.id = t.referral_id
			join agency g on g.id = r.referring_agency_id
			left join directory_service s on s.id = t.service_id
			left join app_user u on u.id = t.decided_by_user_id
			""";

	private final JdbcClient jdbc;

	TriageItems(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(UUID caseId, UUID referralId, UUID areaId, Instant receivedAt) {
		this.jdbc.sql("""
				insert into triage_item (id, case_id, referral_id, area_id, received_at)
				values (:id, :case, :referral, :area, :at) on conflict (referral_id) do nothing
				""")
			.param("id", Ids.next()).param("case", caseId).param("referral", referralId)
			.param("area", areaId).param("at", Timestamp.from(receivedAt))
			.update();
	}

	/** Waiting in the area, longest first. */
	List<TriageItem> waiting(UUID areaId) {
		return this.jdbc.sql(SELECT + " where t.area_id = :area and t.route is null order by t.received_at")
			.param("area", areaId)
			.query(TriageItems::row)
			.list();
	}

	/** Decided in the area since the given time, newest first. */
	List<TriageItem> decidedSince(UUID areaId, Instant since) {
		return this.jdbc.sql(SELECT + """
				 where t.area_id = :area and t.decided_at >= :since order by t.decided_at desc
				""")
			.param("area", areaId).param("since", Timestamp.from(since))
			.query(TriageItems::row)
			.list();
	}

	Optional<TriageItem> find(UUID id) {
		return this.jdbc.sql(SELECT + " where t.id = :id").param("id", id).query(TriageItems::row).optional();
	}

	private static TriageItem row(ResultSet rs, int row) throws SQLException {
		String route = rs.getString("route");
		return new TriageItem(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
				rs.getString("reference"), rs.getString("risk_level"), rs.getString("referring"),
				rs.getObject("area_id", UUID.class), rs.getTimestamp("received_at").toInstant(),
				route == null ? null : TriageRoute.valueOf(route), rs.getObject("service_id", UUID.class),
				rs.getString("service_name"), rs.getString("reason"), instant(rs.getTimestamp("decided_at")),
				rs.getString("decided_by"), Arrays.asList((String[]) rs.getArray("actions").getArray()),
				rs.getInt("version"));
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
