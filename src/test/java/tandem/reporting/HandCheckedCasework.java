package tandem.reporting;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;

import tandem.Fixtures;
import tandem.agency.AgencyRef;
import tandem.agency.Role;
import tandem.reporting.HandCheckedReferrals.DataSet;

/**
 * Actions, services' cases, outcomes and perpetrator programme referrals on the hand-checked meetings' cases
 * ({@link HandCheckedMeetings}), written straight into the tables. Times are UK local times. {@link
 * MaracAndCaseworkFiguresIntegrationTest} states the figures worked out by hand from these tables.
 * <pre>
 * actions (agreed at the 10 Feb 2025 meeting)   due         status                closed
 *   a1                                          2025-02-20  DONE                  2025-02-19 09:00
 *   a2                                          2025-02-28  DONE                  2025-03-05 09:00 (late)
 *   a3                                          2025-03-15  OPEN                  (overdue)
 *   a4                                          2025-03-20  CIRCUMSTANCES_CHANGED 2025-03-01 09:00
 *   a5                                          2025-03-31  DONE                  2025-03-31 23:30
 *   a6                                          2025-04-10  NOT_DONE              2025-04-11 09:00
 *   a7                                          2025-05-01  DONE                  2025-04-30 09:00
 *   a8                                          2025-06-01  DONE                  2025-06-01 10:00
 * services' cases  case of  service  received          first contact     closed      outcomes (intake / exit)
 *   s1             #1       idva     2025-01-05 10:00  2025-01-07 10:00  open        intake only
 *   s2             #2       idva     2025-02-01 10:00  2025-02-11 09:00  2025-03-20  both, exit 2025-03-20
 *   s3             #3       housing  2025-02-25 10:00  2025-03-01 10:00  2025-03-31  both, exit 2025-03-31
 *   s4             #6       idva     2025-03-31 23:30  2025-04-02 08:00  open        none
 *   s5             #8       housing  2024-11-10 10:00  never             open        exit only, 2025-03-10
 *   s6             #5       idva     2025-04-20 10:00  2025-04-21 10:00  open        none
 *   s8             #9       idva     2024-12-01 10:00  2024-12-02 10:00  2025-02-15  both, exit 2025-02-15
 *   (other area)   #10      police   2025-01-01 10:00  2025-01-02 10:00  open        none
 * outcomes  risk     physical sexual harassment jealous  safe wellbeing quality
 *   s2 in   HIGH     WEEKLY   NONE   DAILY       DAILY    3    4         5
 *   s2 out  MEDIUM   NONE     NONE   NONE        NONE     8    4         6
 *   s3 in   MEDIUM   NONE     NONE   NONE        NONE     5    5         5
 *   s3 out  MEDIUM   NONE     NONE   ONCE        NONE     4    6         5
 *   s8 in   HIGH     DAILY    NONE   NONE        NONE     2    2         2
 *   s8 out  HIGH     ONCE     NONE   NONE        NONE     5    2         1
 *   s5 out  STANDARD NONE     NONE   NONE        NONE     9    9         9
 *   s1 in   HIGH     DAILY    DAILY  DAILY       DAILY    1    1         1
 * perpetrator programme referrals  case of  status    decided           engagement
 *   p1                             #1       ACCEPTED  2025-02-01 10:00  ATTENDING
 *   p2                             #3       CLOSED    2025-03-05 10:00  COMPLETED
 *   p3                             #2       DECLINED  2025-03-01 10:00  -
 *   p4                             #6       ACCEPTED  2025-04-15 10:00  -
 *   p5 (to a refuge, not a programme) #8    ACCEPTED  2025-02-02 10:00  -
 * </pre>
 */
@TestComponent
class HandCheckedCasework {

	private static final ZoneId UK = ZoneId.of("Europe/London");

	private final HandCheckedMeetings meetings;

	private final Fixtures fixtures;

	private final JdbcClient jdbc;

	HandCheckedCasework(HandCheckedMeetings meetings, Fixtures fixtures, JdbcClient jdbc) {
		this.meetings = meetings;
		this.fixtures = fixtures;
		this.jdbc = jdbc;
	}

	DataSet create() {
		DataSet data = this.meetings.create();
		actions(data);
		AgencyRef idva = data.agencies().get("idva");
		AgencyRef housing = data.agencies().get("housing");
		UUID s1 = supportCase(data.caseOf(1), idva, "2025-01-05T10:00", "2025-01-07T10:00", null);
		UUID s2 = supportCase(data.caseOf(2), idva, "2025-02-01T10:00", "2025-02-11T09:00", "2025-03-20");
		UUID s3 = supportCase(data.caseOf(3), housing, "2025-02-25T10:00", "2025-03-01T10:00", "2025-03-31");
		supportCase(data.caseOf(6), idva, "2025-03-31T23:30", "2025-04-02T08:00", null);
		UUID s5 = supportCase(data.caseOf(8), housing, "2024-11-10T10:00", null, null);
		supportCase(data.caseOf(5), idva, "2025-04-20T10:00", "2025-04-21T10:00", null);
		UUID s8 = supportCase(data.caseOf(9), idva, "2024-12-01T10:00", "2024-12-02T10:00", "2025-02-15");
		supportCase(data.caseOf(10), this.fixtures.agency(data.otherArea(), "police"), "2025-01-01T10:00",
				"2025-01-02T10:00", null);
		outcome(s2, "INTAKE", "HIGH", "WEEKLY NONE DAILY DAILY", 3, 4, 5, "2025-02-11T10:00");
		outcome(s2, "EXIT", "MEDIUM", "NONE NONE NONE NONE", 8, 4, 6, "2025-03-20T10:00");
		outcome(s3, "INTAKE", "MEDIUM", "NONE NONE NONE NONE", 5, 5, 5, "2025-03-01T10:00");
		outcome(s3, "EXIT", "MEDIUM", "NONE NONE ONCE NONE", 4, 6, 5, "2025-03-31T10:00");
		outcome(s8, "INTAKE", "HIGH", "DAILY NONE NONE NONE", 2, 2, 2, "2024-12-02T10:00");
		outcome(s8, "EXIT", "HIGH", "ONCE NONE NONE NONE", 5, 2, 1, "2025-02-15T10:00");
		outcome(s5, "EXIT", "STANDARD", "NONE NONE NONE NONE", 9, 9, 9, "2025-03-10T10:00");
		outcome(s1, "INTAKE", "HIGH", "DAILY DAILY DAILY DAILY", 1, 1, 1, "2025-01-07T10:00");
		UUID programme = service(data, "PERPETRATOR_PROGRAMME");
		onward(data.caseOf(1), programme, data, "ACCEPTED", "2025-02-01T10:00", "ATTENDING");
		onward(data.caseOf(3), programme, data, "CLOSED", "2025-03-05T10:00", "COMPLETED");
		onward(data.caseOf(2), programme, data, "DECLINED", "2025-03-01T10:00", null);
		onward(data.caseOf(6), programme, data, "ACCEPTED", "2025-04-15T10:00", null);
		onward(data.caseOf(8), service(data, "REFUGE"), data, "ACCEPTED", "2025-02-02T10:00", null);
		return data;
	}

	private void actions(DataSet data) {
		UUID meeting = this.jdbc.sql("select id from marac_meeting where area_id = ? and held_on = '2025-02-10'")
			.params(data.area().id())
			.query(UUID.class)
			.single();
		UUID item = this.jdbc.sql("select id from agenda_item where meeting_id = ? and case_id = ?")
			.params(meeting, data.caseOf(1))
			.query(UUID.class)
			.single();
		UUID owner = java.util.Objects.requireNonNull(this.fixtures.user(data.agencies().get("police"), Role.CASEWORKER)
			.userId());
		String[][] actions = { { "2025-02-20", "DONE", "2025-02-19T09:00" }, { "2025-02-28", "DONE", "2025-03-05T09:00" },
				{ "2025-03-15", "OPEN", null }, { "2025-03-20", "CIRCUMSTANCES_CHANGED", "2025-03-01T09:00" },
				{ "2025-03-31", "DONE", "2025-03-31T23:30" }, { "2025-04-10", "NOT_DONE", "2025-04-11T09:00" },
				{ "2025-05-01", "DONE", "2025-04-30T09:00" }, { "2025-06-01", "DONE", "2025-06-01T10:00" } };
		for (String[] action : actions) {
			this.jdbc.sql("""
					insert into marac_action (id, agenda_item_id, meeting_id, case_id, agency_id, owner_user_id,
					    description, due_on, status, closed_at, created_at)
					values (?, ?, ?, ?, ?, ?, 'Hand-checked action', ?, ?, ?, ?)
					""")
				.params(UUID.randomUUID(), item, meeting, data.caseOf(1), data.agencies().get("police").id(), owner,
						LocalDate.parse(action[0]), action[1], at(action[2]), at("2025-02-10T12:00"))
				.update();
		}
	}

	private UUID supportCase(UUID caseId, AgencyRef agency, String received, @Nullable String contact,
			@Nullable String closed) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into support_case (id, case_id, agency_id, source, received_at, first_contact_at, closed_on,
				    closure_reason)
				values (?, ?, ?, 'REFERRAL', ?, ?, ?, ?)
				""")
			.params(id, caseId, agency.id(), at(received), at(contact), closed == null ? null : LocalDate.parse(closed),
					closed == null ? null : "SUPPORT_COMPLETE")
			.update();
		return id;
	}

	/** @param abuse physical, sexual, harassment and stalking, jealous and controlling, separated by spaces */
	private void outcome(UUID supportCase, String stage, String risk, String abuse, int safe, int wellbeing,
			int quality, String recorded) {
		String[] types = abuse.split(" ");
		this.jdbc.sql("""
				insert into support_outcome (support_case_id, stage, risk_level, physical, sexual, harassment_stalking,
				    jealous_controlling, feels_safe, wellbeing, quality_of_life, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(supportCase, stage, risk, types[0], types[1], types[2], types[3], safe, wellbeing, quality,
					at(recorded))
			.update();
	}

	private UUID service(DataSet data, String kind) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into directory_service (id, agency_id, name, kind, description, area_ids, risk_levels, how_to_refer)
				values (?, ?, 'Hand-checked service', ?, 'For the reports', array[cast(? as uuid)], '{HIGH}', 'Through Tandem')
				""")
			.params(id, data.agencies().get("housing").id(), kind, data.area().id())
			.update();
		return id;
	}

	private void onward(UUID caseId, UUID service, DataSet data, String status, String decided,
			@Nullable String engagement) {
		this.jdbc.sql("""
				insert into onward_referral (id, case_id, service_id, to_agency_id, from_agency_id, sent_at, reason,
				    consent, shared_subject, status, decided_at, engagement, decline_reason)
				values (?, ?, ?, ?, ?, ?, 'Hand-checked', 'GIVEN', 'PERPETRATOR', ?, ?, ?,
				        case when ? = 'DECLINED' then 'Full' end)
				""")
			.params(UUID.randomUUID(), caseId, service, data.agencies().get("housing").id(),
					data.agencies().get("idva").id(), at(decided), status, at(decided), engagement, status)
			.update();
	}

	private static @Nullable Timestamp at(@Nullable String ukTime) {
		return ukTime == null ? null : Timestamp.from(LocalDateTime.parse(ukTime).atZone(UK).toInstant());
	}

}
