package tandem.casework;

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

import tandem.Ids;

/** Stores and reads services' cases. */
@Repository
class SupportCases {

	private static final String SELECT = """
			select s.*, c.reference, c.risk_level, u.display_name as worker_name, coalesce(u.enabled, true) as worker_enabled,
			       (select coalesce(nullif(concat_ws(' ', p.given_name, p.family_name), ''), 'Name not known')
			        from case_party v join person p on p.id = v.person_id
			        where v.case_id = s.case_id and v.role = 'VICTIM' limit 1) as victim_name
			from support_case s
			join case_file c on c.id = s.case_id
			left join app_user u on u.id = s.worker_user_id
			""";

	private final JdbcClient jdbc;

	SupportCases(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Opens the agency's case unless it already has one open on this case; returns the new one's id. */
	Optional<UUID> open(UUID caseId, UUID agencyId, String source, @Nullable UUID onwardReferralId, Instant at) {
		UUID id = Ids.next();
		int opened = this.jdbc.sql("""
				insert into support_case (id, case_id, agency_id, source, onward_referral_id, received_at)
				values (:id, :case, :agency, :source, :onward, :at)
				on conflict (case_id, agency_id) where closed_on is null do nothing
				""")
			.param("id", id).param("case", caseId).param("agency", agencyId).param("source", source)
			.param("onward", onwardReferralId).param("at", Timestamp.from(at))
			.update();
		return opened == 1 ? Optional.of(id) : Optional.empty();
	}

	Optional<SupportCase> find(UUID id) {
		return this.jdbc.sql(SELECT + " where s.id = :id").param("id", id).query(SupportCases::row).optional();
	}

	/** The agency's open cases, oldest first: unallocated ones and those whose worker has left come first. */
	List<SupportCase> openAt(UUID agencyId) {
		return this.jdbc.sql(SELECT + """
				 where s.agency_id = :agency and s.closed_on is null
				order by (s.worker_user_id is not null and coalesce(u.enabled, true)), s.received_at
				""")
			.param("agency", agencyId)
			.query(SupportCases::row)
			.list();
	}

	List<SupportCase> openFor(UUID workerId) {
		return this.jdbc.sql(SELECT + " where s.worker_user_id = :worker and s.closed_on is null order by s.received_at")
			.param("worker", workerId)
			.query(SupportCases::row)
			.list();
	}

	private static SupportCase row(ResultSet rs, int row) throws SQLException {
		String reason = rs.getString("closure_reason");
		return new SupportCase(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
				rs.getString("reference"), rs.getString("victim_name"), rs.getObject("agency_id", UUID.class), rs.getString("source"),
				rs.getTimestamp("received_at").toInstant(), rs.getObject("worker_user_id", UUID.class),
				rs.getString("worker_name"), rs.getBoolean("worker_enabled"), instant(rs.getTimestamp("allocated_at")),
				instant(rs.getTimestamp("first_contact_at")), rs.getObject("review_due_on", LocalDate.class),
				rs.getObject("closed_on", LocalDate.class), reason == null ? null : ClosureReason.valueOf(reason),
				rs.getString("closure_note"), rs.getString("risk_level"), rs.getInt("version"));
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
