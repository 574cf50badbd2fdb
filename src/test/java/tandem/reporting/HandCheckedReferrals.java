package tandem.reporting;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;

import tandem.Fixtures;
import tandem.Fixtures.AreaFixture;
import tandem.agency.AgencyRef;

/**
 * The hand-checked data set: eight referrals in an area of its own over January to June 2025, one the day before
 * (31 December 2024) and one in another area, written straight into the tables so nothing but the reporting code
 * stands between them and the figures. {@link ReportFiguresIntegrationTest} states the expected figures by hand.
 * <pre>
 *  #  date        agency    threshold repeat risk     victim (ethnicity, gender, born, disability, orientation,
 *                                                     same gender as at birth, language, interpreter)   children
 *  1  2025-01-10  police    yes       no     HIGH     v1 WHITE_BRITISH FEMALE 1990-05-01 NO STRAIGHT YES English no   2
 *  2  2025-02-03  idva      yes       no     HIGH     v2 ASIAN_PAKISTANI FEMALE 2008-06-01 YES PREFER YES Urdu yes    0
 *  3  2025-02-20  housing   no        no     MEDIUM   v3 BLACK_AFRICAN MALE 1970-01-01 NO GAY YES "English " no      1
 *  4  2025-03-15  police    yes       yes    HIGH     case of #1 again                                                2
 *  5  2025-03-31  children  no        no     STANDARD v5 nothing recorded                                              0
 *  6  2025-04-01  police    yes       no     HIGH     v6 WHITE_OTHER FEMALE 1985-04-01 NO BISEXUAL NO polish yes    3
 *  7  2025-05-05  housing   yes       yes    HIGH     case of #2 again                                                0
 *  8  2025-06-30  idva      no        no     MEDIUM   v8 MIXED_WHITE_ASIAN OTHER 1960-01-01 PREFER - - English no    0
 *  9  2024-12-31  police    yes       no     HIGH     v9 WHITE_BRITISH FEMALE 1980-01-01 (before the period)          0
 * 10  2025-02-01  police    yes       no     HIGH     in another area                                                 0
 * </pre>
 */
@TestComponent
class HandCheckedReferrals {

	/** A victim's record, as the equality questions left it. */
	record Victim(@Nullable String ethnicity, @Nullable String gender, @Nullable LocalDate born,
			@Nullable String disability, @Nullable String orientation, @Nullable String sameGender,
			@Nullable String language, @Nullable Boolean interpreter) {
	}

	/** One referral of the data set, with everything the independent calculations need. */
	record Referral(int number, LocalDate on, String sector, boolean threshold, boolean repeat, String risk, UUID caseId,
			Victim victim, int children, boolean inArea) {
	}

	/** The data set as created: the area, its agencies and the referrals. */
	record DataSet(AreaFixture area, AreaFixture otherArea, Map<String, AgencyRef> agencies, List<Referral> referrals) {

		List<Referral> inArea() {
			return this.referrals.stream().filter(Referral::inArea).toList();
		}

		UUID caseOf(int number) {
			return this.referrals.stream().filter(r -> r.number() == number).findFirst().orElseThrow().caseId();
		}

	}

	private final Fixtures fixtures;

	private final JdbcClient jdbc;

	HandCheckedReferrals(Fixtures fixtures, JdbcClient jdbc) {
		this.fixtures = fixtures;
		this.jdbc = jdbc;
	}

	DataSet create() {
		AreaFixture area = this.fixtures.area();
		AreaFixture other = this.fixtures.area();
		Map<String, AgencyRef> agencies = new HashMap<>();
		for (String sector : List.of("police", "idva", "housing", "childrens-social-care")) {
			agencies.put(sector, this.fixtures.agency(area, sector));
		}
		AgencyRef otherPolice = this.fixtures.agency(other, "police");
		Victim v1 = new Victim("WHITE_BRITISH", "FEMALE", LocalDate.of(1990, 5, 1), "NO", "STRAIGHT_OR_HETEROSEXUAL",
				"YES", "English", false);
		Victim v2 = new Victim("ASIAN_PAKISTANI", "FEMALE", LocalDate.of(2008, 6, 1), "YES", "PREFER_NOT_TO_SAY", "YES",
				"Urdu", true);
		Victim v3 = new Victim("BLACK_AFRICAN", "MALE", LocalDate.of(1970, 1, 1), "NO", "GAY_OR_LESBIAN", "YES",
				"English ", false);
		Victim v5 = new Victim(null, null, null, null, null, null, null, null);
		Victim v6 = new Victim("WHITE_OTHER", "FEMALE", LocalDate.of(1985, 4, 1), "NO", "BISEXUAL", "NO", "polish", true);
		Victim v8 = new Victim("MIXED_WHITE_ASIAN", "OTHER", LocalDate.of(1960, 1, 1), "PREFER_NOT_TO_SAY", null, null,
				"English", false);
		Victim v9 = new Victim("WHITE_BRITISH", "FEMALE", LocalDate.of(1980, 1, 1), "NO", null, null, "English", false);
		UUID case1 = openCase(area.id(), v1, 2, agencies.get("police"));
		UUID case2 = openCase(area.id(), v2, 0, agencies.get("idva"));
		List<Referral> referrals = new ArrayList<>();
		referrals.add(refer(1, "2025-01-10", agencies.get("police"), true, false, "HIGH", case1, v1, 2, true));
		referrals.add(refer(2, "2025-02-03", agencies.get("idva"), true, false, "HIGH", case2, v2, 0, true));
		referrals.add(refer(3, "2025-02-20", agencies.get("housing"), false, false, "MEDIUM",
				openCase(area.id(), v3, 1, agencies.get("housing")), v3, 1, true));
		referrals.add(refer(4, "2025-03-15", agencies.get("police"), true, true, "HIGH", case1, v1, 2, true));
		referrals.add(refer(5, "2025-03-31", agencies.get("childrens-social-care"), false, false, "STANDARD",
				openCase(area.id(), v5, 0, agencies.get("childrens-social-care")), v5, 0, true));
		referrals.add(refer(6, "2025-04-01", agencies.get("police"), true, false, "HIGH",
				openCase(area.id(), v6, 3, agencies.get("police")), v6, 3, true));
		referrals.add(refer(7, "2025-05-05", agencies.get("housing"), true, true, "HIGH", case2, v2, 0, true));
		referrals.add(refer(8, "2025-06-30", agencies.get("idva"), false, false, "MEDIUM",
				openCase(area.id(), v8, 0, agencies.get("idva")), v8, 0, true));
		referrals.add(refer(9, "2024-12-31", agencies.get("police"), true, false, "HIGH",
				openCase(area.id(), v9, 0, agencies.get("police")), v9, 0, true));
		referrals.add(refer(10, "2025-02-01", otherPolice, true, false, "HIGH",
				openCase(other.id(), v1, 0, otherPolice), v1, 0, false));
		return new DataSet(area, other, agencies, referrals);
	}

	private UUID openCase(UUID areaId, Victim victim, int children, AgencyRef involved) {
		UUID caseId = UUID.randomUUID();
		this.jdbc.sql("insert into case_file (id, reference, area_id, opened_on) values (?, ?, ?, ?)")
			.params(caseId, Fixtures.unique("RPT").toUpperCase(), areaId, LocalDate.of(2024, 12, 1))
			.update();
		UUID victimId = UUID.randomUUID();
		this.jdbc.sql("""
				insert into person (id, given_name, family_name, date_of_birth, gender, ethnicity, disability,
				    sexual_orientation, gender_identity, first_language, interpreter_needed)
				values (?, 'Hand', 'Checked', ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(victimId, victim.born(), victim.gender(), victim.ethnicity(), victim.disability(),
					victim.orientation(), victim.sameGender(), victim.language(), victim.interpreter())
			.update();
		party(caseId, victimId, "VICTIM");
		for (int i = 0; i < children; i++) {
			UUID child = UUID.randomUUID();
			this.jdbc.sql("insert into person (id, given_name) values (?, 'Child')").params(child).update();
			party(caseId, child, "CHILD");
		}
		this.jdbc.sql("insert into case_agency (case_id, agency_id, involved_since) values (?, ?, ?)")
			.params(caseId, involved.id(), LocalDate.of(2024, 12, 1))
			.update();
		return caseId;
	}

	private void party(UUID caseId, UUID personId, String role) {
		this.jdbc.sql("insert into case_party (case_id, person_id, role) values (?, ?, ?)")
			.params(caseId, personId, role)
			.update();
	}

	private Referral refer(int number, String date, AgencyRef agency, boolean threshold, boolean repeat, String risk,
			UUID caseId, Victim victim, int children, boolean inArea) {
		UUID id = UUID.randomUUID();
		LocalDate on = LocalDate.parse(date);
		Timestamp now = Timestamp.from(Instant.now());
		this.jdbc.sql("""
				insert into referral (id, case_id, referred_on, referring_agency_id, referred_by_client, channel,
				    victim_aware, consent, meets_marac_threshold, repeat_referral, victim_already_known, route, created_at)
				values (?, ?, ?, ?, 'hand-checked', 'API', true, 'GIVEN', ?, ?, false, 'MARAC_AND_IDVA', ?)
				""")
			.params(id, caseId, on, agency.id(), threshold, repeat, now)
			.update();
		this.jdbc.sql("""
				insert into risk_assessment (id, case_id, referral_id, assessed_on, assessor_agency_id, tool,
				    tool_version, professional_judgement, visible_high_risk, potential_escalation, repeat_referral,
				    meets_marac_threshold, risk_level, created_at)
				values (?, ?, ?, ?, ?, 'SAFELIVES_DASH', '2009', false, ?, false, ?, ?, ?, ?)
				""")
			.params(UUID.randomUUID(), caseId, id, on, agency.id(), threshold, repeat, threshold, risk, now)
			.update();
		return new Referral(number, on, sectorOf(agency), threshold, repeat, risk, caseId, victim, children, inArea);
	}

	private String sectorOf(AgencyRef agency) {
		return this.jdbc.sql("select sector from agency where id = ?").params(agency.id()).query(String.class).single();
	}

}
