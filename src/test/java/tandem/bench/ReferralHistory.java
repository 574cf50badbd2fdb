package tandem.bench;

import org.springframework.jdbc.core.simple.JdbcClient;

import tandem.risk.RiskHistory;

/**
 * The referral and Dash assessment that opened each synthetic case, as a partnership migrating five years of records
 * would hold them. Without them the referral path would run against empty referral and assessment tables: the repeat
 * rule would never find a MARAC referral of a known pair, and a lookup missing its index would go unnoticed.
 * Written in SQL from the cases themselves, so it is as repeatable as they are: ids and counts derive from case ids.
 */
final class ReferralHistory {

	/** Marks the history's referrals, which came from no API client; also how a later run knows they exist. */
	static final String CLIENT = "synthetic-history";

	private ReferralHistory() {
	}

	/** @return how many referrals this call wrote (none when the history already exists) */
	static long ensure(JdbcClient jdbc) {
		boolean written = jdbc.sql("select exists (select 1 from referral where referred_by_client = :client)")
			.param("client", CLIENT)
			.query(Boolean.class)
			.single();
		if (written) {
			return 0;
		}
		// One byte of the case id picks the referrer (police or IDVA service) and the yes count within the risk level.
		long referrals = jdbc.sql("""
				insert into referral (id, case_id, referred_on, referring_agency_id, referred_by_client, channel,
				                      victim_aware, consent, meets_marac_threshold, repeat_referral,
				                      victim_already_known, route, created_at)
				select md5('referral ' || c.id)::uuid, c.id, c.opened_on, g.id, :client, 'API', true, 'GIVEN',
				       c.risk_level = 'HIGH', false, false,
				       case when c.risk_level = 'HIGH' then 'MARAC_AND_IDVA' else 'TRIAGE' end,
				       c.opened_on::timestamp at time zone 'Europe/London'
				from case_file c
				join agency g on g.area_id = c.area_id
				 and g.code = case when get_byte(uuid_send(c.id), 15) % 2 = 0 then 'police' else 'idva' end
				where c.reference like 'SYN-%'
				""")
			.param("client", CLIENT)
			.update();
		jdbc.sql("""
				insert into risk_assessment (id, case_id, referral_id, assessed_on, assessor_agency_id, tool,
				                             tool_version, yes_count, answered, unknown_answers, police_callouts,
				                             professional_judgement, visible_high_risk, potential_escalation,
				                             repeat_referral, meets_marac_threshold, risk_level, created_at)
				select md5('assessment ' || r.case_id)::uuid, r.case_id, r.id, r.referred_on, r.referring_agency_id,
				       :tool, :version, y.yes, 24, 0, 0, false, y.yes >= 14, false, false, r.meets_marac_threshold,
				       c.risk_level, r.created_at
				from referral r
				join case_file c on c.id = r.case_id
				cross join lateral (select case c.risk_level when 'HIGH' then 14 + get_byte(uuid_send(c.id), 14) % 11
				                                             when 'MEDIUM' then 10 + get_byte(uuid_send(c.id), 14) % 4
				                                             else get_byte(uuid_send(c.id), 14) % 10 end as yes) y
				where r.referred_by_client = :client
				""")
			.param("client", CLIENT)
			.param("tool", RiskHistory.DASH_TOOL)
			.param("version", RiskHistory.DASH_VERSION)
			.update();
		jdbc.sql("analyze referral").update();
		jdbc.sql("analyze risk_assessment").update();
		return referrals;
	}

}
