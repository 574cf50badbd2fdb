package tandem.marac;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tandem.Ids;

/** Meetings and who is invited to them. */
@Repository
class Meetings {

	private final JdbcClient jdbc;

	Meetings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Meeting> find(UUID id) {
		return this.jdbc.sql("select * from marac_meeting where id = :id").param("id", id).query(Meetings::meeting)
			.optional();
	}

	/** The first meeting not yet held or cancelled whose cut-off a referral on this date makes (not emergencies). */
	Optional<Meeting> firstOpenMadeBy(UUID areaId, LocalDate on) {
		return this.jdbc.sql("""
				select * from marac_meeting
				where area_id = :area and held_on >= :on and cut_off_on >= :on and cancelled_at is null
				  and kind <> 'EMERGENCY'
				order by held_on, starts_at limit 1
				""")
			.param("area", areaId).param("on", on)
			.query(Meetings::meeting)
			.optional();
	}

	List<Meeting> ofArea(UUID areaId, LocalDate from) {
		return this.jdbc.sql("""
				select * from marac_meeting where area_id = :area and held_on >= :from order by held_on, starts_at
				""")
			.param("area", areaId).param("from", from)
			.query(Meetings::meeting)
			.list();
	}

	/**
	 * Creates the schedule's meeting on a day unless it exists (another node may be creating it at the same moment);
	 * every active agency of the area is invited.
	 */
	Meeting scheduled(MaracSchedule schedule, LocalDate day, OffsetDateTime now) {
		UUID id = Ids.next();
		int inserted = this.jdbc.sql("""
				insert into marac_meeting (id, area_id, held_on, starts_at, kind, venue, cut_off_on, created_at)
				values (:id, :area, :day, :starts, 'SCHEDULED', :venue, :cutOff, :now)
				on conflict (area_id, held_on) where kind = 'SCHEDULED' do nothing
				""")
			.param("id", id).param("area", schedule.areaId()).param("day", day).param("starts", schedule.startsAt())
			.param("venue", schedule.venue()).param("cutOff", schedule.cutOffFor(day)).param("now", now)
			.update();
		if (inserted == 1) {
			inviteArea(id, schedule.areaId());
		}
		return this.jdbc.sql("select * from marac_meeting where area_id = :area and held_on = :day and kind = 'SCHEDULED'")
			.param("area", schedule.areaId()).param("day", day)
			.query(Meetings::meeting)
			.single();
	}

	UUID add(UUID areaId, LocalDate day, LocalTime startsAt, Meeting.Kind kind, String venue, LocalDate cutOff,
			OffsetDateTime now) {
		UUID id = Ids.next();
		this.jdbc.sql("""
				insert into marac_meeting (id, area_id, held_on, starts_at, kind, venue, cut_off_on, created_at)
				values (:id, :area, :day, :starts, :kind, :venue, :cutOff, :now)
				""")
			.param("id", id).param("area", areaId).param("day", day).param("starts", startsAt)
			.param("kind", kind.name()).param("venue", venue).param("cutOff", cutOff).param("now", now)
			.update();
		inviteArea(id, areaId);
		return id;
	}

	private void inviteArea(UUID meetingId, UUID areaId) {
		this.jdbc.sql("""
				insert into marac_invitation (meeting_id, agency_id)
				select :meeting, id from agency where area_id = :area and active
				""")
			.param("meeting", meetingId).param("area", areaId)
			.update();
	}

	boolean cancel(UUID meetingId, int version, OffsetDateTime now) {
		return this.jdbc.sql("""
				update marac_meeting set cancelled_at = :now, version = version + 1
				where id = :id and version = :version and cancelled_at is null
				""")
			.param("id", meetingId).param("version", version).param("now", now)
			.update() == 1;
	}

	boolean setChair(UUID meetingId, UUID chairUserId, int version) {
		return this.jdbc.sql("""
				update marac_meeting set chair_user_id = :chair, version = version + 1
				where id = :id and version = :version
				""")
			.param("id", meetingId).param("chair", chairUserId).param("version", version)
			.update() == 1;
	}

	/** Upcoming meetings an agency is invited to, or a user observes. */
	List<Meeting> upcomingFor(UUID agencyId, UUID userId, LocalDate from) {
		return this.jdbc.sql("""
				select * from marac_meeting m where m.held_on >= :from and m.cancelled_at is null
				  and (exists (select 1 from marac_invitation i where i.meeting_id = m.id and i.agency_id = :agency)
				       or exists (select 1 from marac_observer o where o.meeting_id = m.id and o.user_id = :user))
				order by m.held_on, m.starts_at limit 50
				""")
			.param("agency", agencyId).param("user", userId).param("from", from)
			.query(Meetings::meeting)
			.list();
	}

	record Invitation(UUID agencyId, String agencyName, MeetingRecord.Attendance attendance) {
	}

	List<Invitation> invitations(UUID meetingId) {
		return this.jdbc.sql("""
				select i.agency_id, g.name, i.attendance from marac_invitation i join agency g on g.id = i.agency_id
				where i.meeting_id = :m order by g.name
				""")
			.param("m", meetingId)
			.query((rs, row) -> new Invitation(rs.getObject(1, UUID.class), rs.getString(2),
					MeetingRecord.Attendance.valueOf(rs.getString(3))))
			.list();
	}

	record Chair(UUID userId, String name) {
	}

	/** Who may chair an area's meetings: its people holding the chair or coordinator role. */
	List<Chair> possibleChairs(UUID areaId) {
		return this.jdbc.sql("""
				select distinct u.id, u.display_name from app_user u join agency g on g.id = u.agency_id
				join user_role r on r.user_id = u.id and r.role in ('CHAIR', 'COORDINATOR')
				where g.area_id = :area and u.enabled order by u.display_name limit 200
				""")
			.param("area", areaId)
			.query((rs, row) -> new Chair(rs.getObject(1, UUID.class), rs.getString(2)))
			.list();
	}

	record Observer(String name, boolean accepted) {
	}

	List<Observer> observers(UUID meetingId) {
		return this.jdbc.sql("""
				select u.display_name, o.accepted_at is not null from marac_observer o join app_user u on u.id = o.user_id
				where o.meeting_id = :m order by u.display_name
				""")
			.param("m", meetingId)
			.query((rs, row) -> new Observer(rs.getString(1), rs.getBoolean(2)))
			.list();
	}

	private static Meeting meeting(ResultSet rs, int row) throws SQLException {
		return new Meeting(rs.getObject("id", UUID.class), rs.getObject("area_id", UUID.class),
				rs.getObject("held_on", LocalDate.class), rs.getObject("starts_at", LocalTime.class),
				Meeting.Kind.valueOf(rs.getString("kind")), rs.getString("venue"),
				rs.getObject("chair_user_id", UUID.class), rs.getObject("cut_off_on", LocalDate.class),
				rs.getObject("cancelled_at") != null, rs.getInt("version"));
	}

}
