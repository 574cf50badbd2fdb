package tandem.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads onward referrals with their service's and agencies' names. */
@Repository
class OnwardReferralRecords {

	private static final String SELECT = """
			select r.*, s.name as service_name, s.kind as service_kind, t.name as to_name, f.name as from_name
			from onward_referral r
			join directory_service s on s.id = r.service_id
			join agency t on t.id = r.to_agency_id
			join agency f on f.id = r.from_agency_id
			""";

	private final JdbcClient jdbc;

	OnwardReferralRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<OnwardReferral> find(UUID id) {
		return this.jdbc.sql(SELECT + " where r.id = :id").param("id", id).query(OnwardReferralRecords::row).optional();
	}

	/** Referrals to the agency's services, newest first. */
	List<OnwardReferral> incoming(UUID agencyId, int limit) {
		return this.jdbc.sql(SELECT + " where r.to_agency_id = :agency order by r.sent_at desc limit :limit")
			.param("agency", agencyId)
			.param("limit", limit)
			.query(OnwardReferralRecords::row)
			.list();
	}

	List<OnwardReferral> ofCase(UUID caseId) {
		return this.jdbc.sql(SELECT + " where r.case_id = :case order by r.sent_at desc")
			.param("case", caseId)
			.query(OnwardReferralRecords::row)
			.list();
	}

	private static OnwardReferral row(ResultSet rs, int row) throws SQLException {
		String engagement = rs.getString("engagement");
		return new OnwardReferral(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
				rs.getObject("service_id", UUID.class), rs.getString("service_name"),
				ServiceKind.valueOf(rs.getString("service_kind")), rs.getObject("to_agency_id", UUID.class),
				rs.getString("to_name"), rs.getObject("from_agency_id", UUID.class), rs.getString("from_name"),
				instant(rs.getTimestamp("sent_at")), rs.getString("reason"), rs.getString("consent"),
				rs.getString("lawful_basis"), rs.getString("lawful_basis_note"), rs.getString("shared_subject"),
				rs.getString("shared_name"), rs.getObject("shared_date_of_birth", LocalDate.class),
				rs.getString("shared_contact"), rs.getString("shared_contact_safe_times"),
				rs.getString("shared_risk_level"), rs.getString("shared_children"),
				OnwardReferral.Status.valueOf(rs.getString("status")), instant(rs.getTimestamp("decided_at")),
				rs.getString("decline_reason"), engagement == null ? null : OnwardReferral.Engagement.valueOf(engagement),
				(Boolean) rs.getObject("mandated"), rs.getString("outcome"), rs.getInt("version"));
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
