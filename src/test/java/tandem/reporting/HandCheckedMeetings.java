package tandem.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.sql.Timestamp;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import tandem.reporting.HandCheckedReferrals.DataSet;

/**
 * MARAC meetings hearing the cases of the hand-checked referrals ({@link HandCheckedReferrals}), for the SafeLives
 * return, written straight into the tables. The area's adult female population is recorded as 2,800.
 * <pre>
 *  meeting     status     case (referral)               agenda category  heard on the referral of
 *  2025-01-13  held       #3's case                     NEW, withdrawn   (not heard: a meeting with no case heard)
 *  2025-02-10  held       #1's case (#1)                NEW              police, case has 2 children, adult perpetrator
 *                         #2's case (#2)                NEW              idva, victim 16, Asian, disabled
 *  2025-03-10  held       #3's case (#3)                NEW              housing, male, gay, Black, 1 child,
 *                                                                        perpetrator born 2008-01-01 (17)
 *                         #5's case (none given)        NEW              none: its only referral is later (31 March)
 *                         #8's case                     NEW, deferred    (not heard)
 *  2025-03-24  held       #1's case (#4)                REPEAT           police, repeat
 *                         #2's case (none given)        EMERGENCY        idva: the case's latest referral then, #2
 *  2025-03-31  cancelled  nothing
 *  2025-04-14  held       #6's case (#6)                NEW              (next quarter)
 *  2024-06-10  held       #9's case                     NEW              (in the 12 months to 31 March 2025)
 *  2024-03-20  held       #9's case                     NEW              (before those 12 months)
 *  2025-02-10  held, in the other area: #10's case
 * </pre>
 */
@TestComponent
@Import(HandCheckedReferrals.class)
class HandCheckedMeetings {

	static final int ADULT_FEMALES = 2_800;

	private final HandCheckedReferrals referrals;

	private final JdbcClient jdbc;

	HandCheckedMeetings(HandCheckedReferrals referrals, JdbcClient jdbc) {
		this.referrals = referrals;
		this.jdbc = jdbc;
	}

	DataSet create() {
		DataSet data = this.referrals.create();
		UUID area = data.area().id();
		perpetrator(data.caseOf(1), LocalDate.of(1985, 2, 2));
		perpetrator(data.caseOf(3), LocalDate.of(2008, 1, 1));
		hear(meeting(area, "2025-01-13", false), data.caseOf(3), null, "NEW", "WITHDRAWN");
		UUID february = meeting(area, "2025-02-10", false);
		hear(february, data.caseOf(1), referral(data, 1), "NEW", "HEARD");
		hear(february, data.caseOf(2), referral(data, 2), "NEW", "HEARD");
		UUID march = meeting(area, "2025-03-10", false);
		hear(march, data.caseOf(3), referral(data, 3), "NEW", "HEARD");
		hear(march, data.caseOf(5), null, "NEW", "HEARD");
		hear(march, data.caseOf(8), null, "NEW", "DEFERRED");
		UUID lateMarch = meeting(area, "2025-03-24", false);
		hear(lateMarch, data.caseOf(1), referral(data, 4), "REPEAT", "HEARD");
		hear(lateMarch, data.caseOf(2), null, "EMERGENCY", "HEARD");
		meeting(area, "2025-03-31", true);
		hear(meeting(area, "2025-04-14", false), data.caseOf(6), referral(data, 6), "NEW", "HEARD");
		hear(meeting(area, "2024-06-10", false), data.caseOf(9), null, "NEW", "HEARD");
		hear(meeting(area, "2024-03-20", false), data.caseOf(9), null, "NEW", "HEARD");
		hear(meeting(data.otherArea().id(), "2025-02-10", false), data.caseOf(10), referral(data, 10), "NEW", "HEARD");
		this.jdbc.sql("insert into report_area_population (area_id, adult_females, source) values (?, ?, 'test')")
			.params(area, ADULT_FEMALES)
			.update();
		return data;
	}

	private UUID referral(DataSet data, int number) {
		LocalDate on = data.referrals().stream().filter(r -> r.number() == number).findFirst().orElseThrow().on();
		return this.jdbc.sql("select id from referral where case_id = ? and referred_on = ?")
			.params(data.caseOf(number), on)
			.query(UUID.class)
			.single();
	}

	private void perpetrator(UUID caseId, LocalDate born) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("insert into person (id, given_name, family_name, date_of_birth) values (?, 'Per', 'Petrator', ?)")
			.params(id, born)
			.update();
		this.jdbc.sql("insert into case_party (case_id, person_id, role) values (?, ?, 'PERPETRATOR')")
			.params(caseId, id)
			.update();
	}

	private UUID meeting(UUID areaId, String heldOn, boolean cancelled) {
		UUID id = UUID.randomUUID();
		LocalDate on = LocalDate.parse(heldOn);
		Timestamp now = Timestamp.from(Instant.now());
		this.jdbc.sql("""
				insert into marac_meeting (id, area_id, held_on, starts_at, kind, venue, cut_off_on, cancelled_at,
				    created_at)
				values (?, ?, ?, '10:00', 'EXTRA', 'Town hall', ?, ?, ?)
				""")
			.params(id, areaId, on, on.minusDays(7), cancelled ? now : null, now)
			.update();
		return id;
	}

	private void hear(UUID meetingId, UUID caseId, @Nullable UUID referralId, String category, String status) {
		this.jdbc.sql("""
				insert into agenda_item (id, meeting_id, case_id, referral_id, category, listed_at, status)
				values (?, ?, ?, ?, ?, ?, ?)
				""")
			.params(UUID.randomUUID(), meetingId, caseId, referralId, category, Timestamp.from(Instant.now()), status)
			.update();
	}

}
