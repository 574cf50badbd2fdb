package tandem.marac;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;

import tandem.agency.AgencyRef;

/**
 * Creates meetings and agenda entries for integration tests straight in the database. A meeting invites every agency
 * of its area, as one created from the schedule does.
 */
@TestComponent
class MaracFixtures {

	private final JdbcClient jdbc;

	private final Meetings meetings;

	private final AgendaItems items;

	MaracFixtures(JdbcClient jdbc, Meetings meetings, AgendaItems items) {
		this.jdbc = jdbc;
		this.meetings = meetings;
		this.items = items;
	}

	UUID meeting(UUID areaId, LocalDate heldOn) {
		return this.meetings.add(areaId, heldOn, LocalTime.of(10, 0), Meeting.Kind.EXTRA, "Town hall, room 2",
				heldOn.minusDays(7), java.time.OffsetDateTime.now());
	}

	UUID list(UUID meetingId, UUID caseId, AgendaCategory category) {
		return this.items.list(meetingId, caseId, null, category, null, false, null, java.time.OffsetDateTime.now());
	}

	void present(UUID meetingId, AgencyRef... agencies) {
		for (AgencyRef agency : agencies) {
			this.jdbc.sql("update marac_invitation set attendance = 'PRESENT' where meeting_id = :m and agency_id = :a")
				.param("m", meetingId).param("a", agency.id())
				.update();
		}
	}

	void email(UUID userId, String email) {
		this.jdbc.sql("update app_user set email = :email where id = :id").param("email", email).param("id", userId)
			.update();
	}

	UUID action(UUID itemId, tandem.agency.Actor owner, String what, LocalDate due) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into marac_action (id, agenda_item_id, meeting_id, case_id, agency_id, owner_user_id, description,
				                          due_on, created_at)
				select :id, i.id, i.meeting_id, i.case_id, :agency, :owner, :what, :due, now()
				from agenda_item i where i.id = :item
				""")
			.param("id", id).param("item", itemId).param("agency", owner.agency().id()).param("owner", owner.userId())
			.param("what", what).param("due", due)
			.update();
		return id;
	}

	String status(UUID itemId) {
		return this.jdbc.sql("select status from agenda_item where id = :id").param("id", itemId)
			.query(String.class).single();
	}

}
