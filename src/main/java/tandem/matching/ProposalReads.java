package tandem.matching;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tandem.agency.Actor;

/** Reads the review queue and applies ADR 0100's rule of who may review which pair. */
@Repository
class ProposalReads {

	/**
	 * ADR 0100, for the proposal {@code mp}: one of its records is in a case of the coordinator's area, and every
	 * restricted case either record is in names the coordinator.
	 */
	private static final String REVIEWABLE = """
			exists (select 1 from case_party cp join case_file cf on cf.id = cp.case_id
			        where cp.person_id in (mp.person_low, mp.person_high) and cf.area_id = :area)
			and not exists (select 1 from case_party cp join case_file cf on cf.id = cp.case_id
			        where cp.person_id in (mp.person_low, mp.person_high) and cf.restricted
			          and not exists (select 1 from case_named_user n where n.case_id = cf.id and n.user_id = :user))
			""";

	private static final String SELECT = """
			select mp.*, d.display_name as decided_by, s.display_name as separated_by,
			    array(select r.person_id from match_proposal_repointed r where r.proposal_id = mp.id) as repointed
			from match_proposal mp
			left join app_user d on d.id = mp.decided_by_user_id left join app_user s on s.id = mp.separated_by_user_id
			""";

	private final JdbcClient jdbc;

	ProposalReads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<MatchProposal> find(UUID id) {
		return this.jdbc.sql(SELECT + " where mp.id = :id").param("id", id).query(this::proposal).optional();
	}

	boolean reviewableBy(Actor actor, UUID proposalId) {
		return this.jdbc.sql("select count(*) from match_proposal mp where mp.id = :id and " + REVIEWABLE)
			.param("id", proposalId).param("area", actor.agency().areaId()).param("user", actor.userId())
			.query(Integer.class).single() == 1;
	}

	/** A page of the open pairs the coordinator may review, in the order asked for. */
	List<MatchProposal> openFor(Actor actor, QueueOrder order, int offset, int limit) {
		return this.jdbc.sql(SELECT + " where mp.status = 'OPEN' and " + REVIEWABLE + " order by " + order.sql()
				+ " offset :offset limit :limit")
			.param("area", actor.agency().areaId()).param("user", actor.userId())
			.param("offset", offset).param("limit", limit)
			.query(this::proposal).list();
	}

	int openCountFor(Actor actor) {
		return this.jdbc.sql("select count(*) from match_proposal mp where mp.status = 'OPEN' and " + REVIEWABLE)
			.param("area", actor.agency().areaId()).param("user", actor.userId())
			.query(Integer.class).single();
	}

	/**
	 * Where a record is known, as far as the coordinator may know it: the cases of their own area (a restricted one
	 * only when it names them, which ADR 0100 requires before they may review at all) and, for every other area, its
	 * name only.
	 */
	List<Appearance> appearances(Actor actor, UUID personId) {
		return this.jdbc.sql("""
				select distinct a.name as area_name, case when cf.area_id = :area then cf.id end as case_id,
				    case when cf.area_id = :area then cf.reference end as case_reference,
				    case when cf.area_id = :area then cp.role end as role
				from case_party cp join case_file cf on cf.id = cp.case_id join area a on a.id = cf.area_id
				where cp.person_id = :person
				order by area_name, case_reference
				""")
			.param("area", actor.agency().areaId()).param("person", personId)
			.query(Appearance.class).list();
	}

	/** A case a record is party to; the case itself only in the reader's own area. */
	record Appearance(String areaName, @Nullable UUID caseId, @Nullable String caseReference, @Nullable String role) {
	}

	private MatchProposal proposal(ResultSet rs, int row) throws SQLException {
		List<UUID> repointed = List.of((UUID[]) rs.getArray("repointed").getArray());
		return new MatchProposal(rs.getObject("id", UUID.class), rs.getObject("person_low", UUID.class), rs.getObject("person_high", UUID.class),
				rs.getDouble("probability"), rs.getString("explanation"),
				MatchProposals.Source.valueOf(rs.getString("source")),
				MatchProposal.Status.valueOf(rs.getString("status")), rs.getTimestamp("proposed_at").toInstant(),
				rs.getString("decided_by"), instant(rs.getTimestamp("decided_at")), rs.getString("reason"),
				rs.getObject("kept_person", UUID.class), rs.getObject("combined_person", UUID.class), repointed,
				rs.getString("separated_by"), instant(rs.getTimestamp("separated_at")),
				rs.getString("separation_reason"), rs.getInt("version"));
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
