package tandem.referral;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Records a referral that met the MARAC threshold straight in the database, for tests of what counts repeats. */
public final class MaracReferralRows {

	private MaracReferralRows() {
	}

	public static void referred(JdbcClient jdbc, UUID caseId, UUID agencyId, LocalDate on) {
		jdbc.sql("""
				insert into referral (id, case_id, referred_on, referring_agency_id, referred_by_client, channel,
				                      victim_aware, consent, meets_marac_threshold, repeat_referral,
				                      victim_already_known, route, created_at)
				values (:id, :case, :on, :agency, 'police-system', 'API', true, 'GIVEN', true, false, false,
				        'MARAC_AND_IDVA', :at)
				""")
			.param("id", UUID.randomUUID()).param("case", caseId).param("on", on).param("agency", agencyId)
			.param("at", OffsetDateTime.now())
			.update();
	}

}
