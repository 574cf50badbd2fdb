package tandem.marac;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads actions for the agency that owns them, the meeting that agreed them and the coordinator who oversees them. */
@Repository
class Actions {

	private static final String SELECT = """
			select a.id, a.case_id, c.reference, a.meeting_id, m.held_on, g.name as agency_name,
			       u.display_name as owner_name, a.description, a.due_on, a.status, a.progress, a.outcome, a.version
			from marac_action a
			join case_file c on c.id = a.case_id
			join marac_meeting m on m.id = a.meeting_id
			join agency g on g.id = a.agency_id
			join app_user u on u.id = a.owner_user_id
			""";

	private final JdbcClient jdbc;

	Actions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<ActionView> openFor(UUID agencyId) {
		return this.jdbc.sql(SELECT + " where a.agency_id = :agency and a.status = 'OPEN' order by a.due_on, a.id")
			.param("agency", agencyId)
			.query(Actions::view)
			.list();
	}

	Optional<ActionView> ofAgency(UUID actionId, UUID agencyId) {
		return this.jdbc.sql(SELECT + " where a.id = :id and a.agency_id = :agency")
			.param("id", actionId).param("agency", agencyId)
			.query(Actions::view)
			.optional();
	}

	List<ActionView> agreedAt(UUID agendaItemId) {
		return this.jdbc.sql(SELECT + " where a.agenda_item_id = :item order by a.created_at, a.id")
			.param("item", agendaItemId)
			.query(Actions::view)
			.list();
	}

	/** Actions from earlier meetings on the same case still open: the next meeting reviews them. */
	List<ActionView> openFromEarlierMeetings(UUID caseId, UUID meetingId) {
		return this.jdbc.sql(SELECT + " where a.case_id = :case and a.meeting_id <> :meeting and a.status = 'OPEN'"
				+ " order by a.due_on, a.id")
			.param("case", caseId).param("meeting", meetingId)
			.query(Actions::view)
			.list();
	}

	/** Every open action of an area's meetings, for its coordinator, by agency then due date. */
	List<ActionView> openInArea(UUID areaId) {
		return this.jdbc.sql(SELECT + " where m.area_id = :area and a.status = 'OPEN' order by g.name, a.due_on, a.id"
				+ " limit 1000")
			.param("area", areaId)
			.query(Actions::view)
			.list();
	}

	private static ActionView view(ResultSet rs, int row) throws SQLException {
		return new ActionView(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
				rs.getString("reference"), rs.getObject("meeting_id", UUID.class),
				rs.getObject("held_on", LocalDate.class), rs.getString("agency_name"), rs.getString("owner_name"),
				rs.getString("description"), rs.getObject("due_on", LocalDate.class), rs.getString("status"),
				rs.getString("progress"), rs.getString("outcome"), rs.getInt("version"));
	}

}
