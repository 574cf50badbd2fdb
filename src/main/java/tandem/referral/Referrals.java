package tandem.referral;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tandem.risk.RiskAssessment;
import tandem.risk.RiskLevel;

/** Referrals and the assessments made with them. */
@Repository
class Referrals {

	private final JdbcClient jdbc;

	Referrals(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Who made the referral: a person, or an agency's system. */
	record Referrer(UUID agencyId, @Nullable UUID userId, @Nullable String clientId) {
	}

	void insert(UUID id, UUID caseId, NewReferral referral, Referrer referrer, Channel channel, RiskAssessment assessment,
			Route route, boolean victimAlreadyKnown, Instant at) {
		this.jdbc.sql("""
				insert into referral (id, case_id, referred_on, referring_agency_id, referred_by_user_id,
				                      referred_by_client, channel, victim_aware, consent, lawful_basis,
				                      meets_marac_threshold, repeat_referral, victim_already_known, route, created_at)
				values (:id, :case, :on, :agency, :user, :client, :channel, :aware, :consent, :basis,
				        :meets, :repeat, :known, :route, :at)
				""")
			.param("id", id).param("case", caseId).param("on", referral.referredOn())
			.param("agency", referrer.agencyId()).param("user", referrer.userId()).param("client", referrer.clientId())
			.param("channel", channel.name()).param("aware", referral.victimAware())
			.param("consent", referral.consent().name())
			.param("basis", referral.lawfulBasis() == null ? null : referral.lawfulBasis().name())
			.param("meets", assessment.meetsMaracThreshold()).param("repeat", assessment.criteria().repeat())
			.param("known", victimAlreadyKnown).param("route", route.name()).param("at", Timestamp.from(at))
			.update();
	}

	/**
	 * The date of the last referral to MARAC naming any of these victim records with any of these perpetrator records,
	 * on or before the day given: the start of the repeat window. {@link PairHistory} passes every record of each person.
	 */
	Optional<LocalDate> lastMaracReferralOfPair(Collection<UUID> victimIds, Collection<UUID> perpetratorIds,
			LocalDate onOrBefore) {
		if (perpetratorIds.isEmpty()) {
			return Optional.empty();
		}
		return this.jdbc.sql("""
				select r.referred_on from referral r
				join case_party v on v.case_id = r.case_id and v.role = 'VICTIM' and v.person_id in (:victims)
				join case_party p on p.case_id = r.case_id and p.role = 'PERPETRATOR' and p.person_id in (:perpetrators)
				where r.meets_marac_threshold and r.referred_on <= :on
				order by r.referred_on desc
				limit 1
				""")
			.param("victims", victimIds).param("perpetrators", perpetratorIds).param("on", onOrBefore)
			.query(LocalDate.class)
			.optional();
	}

	/** A referral's outcome as the API reports it, with the case it belongs to (for the access check). */
	Optional<ReferralOutcome> outcome(UUID referralId) {
		return this.jdbc.sql("""
				select r.id, r.case_id, c.reference, r.route, r.victim_already_known, a.yes_count, a.answered,
				       a.unknown_answers, a.visible_high_risk, a.professional_judgement, a.potential_escalation,
				       a.repeat_referral, a.meets_marac_threshold, a.risk_level, a.reasons, a.tool, a.tool_version,
				       a.dara_grading
				from referral r
				join case_file c on c.id = r.case_id
				join risk_assessment a on a.referral_id = r.id
				where r.id = :id
				""")
			.param("id", referralId)
			.query((rs, row) -> new ReferralOutcome(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
					rs.getString("reference"), new ReferralOutcome.Dash(rs.getInt("yes_count"), rs.getInt("answered"),
							rs.getInt("unknown_answers")),
					new ReferralOutcome.Criteria(rs.getBoolean("visible_high_risk"), rs.getBoolean("professional_judgement"),
							rs.getBoolean("potential_escalation"), rs.getBoolean("repeat_referral")),
					rs.getBoolean("meets_marac_threshold"), RiskLevel.valueOf(rs.getString("risk_level")),
					List.of((String[]) rs.getArray("reasons").getArray()), Route.valueOf(rs.getString("route")),
					rs.getBoolean("victim_already_known"), rs.getString("tool"), rs.getString("tool_version"),
					rs.getString("dara_grading") == null ? null : RiskLevel.valueOf(rs.getString("dara_grading"))))
			.optional();
	}

}
