package tandem.marac;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tandem.agency.Actor;
import tandem.agency.Role;

/** Decides each actor's seat at a meeting. Which cases they may see is still the access policy's decision. */
@Component
class MeetingAccess {

	private final JdbcClient jdbc;

	MeetingAccess(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	static boolean runsMeetingsOf(Actor actor, UUID areaId) {
		return actor.kind() == Actor.Kind.USER && actor.agency().areaId().equals(areaId)
				&& (actor.has(Role.COORDINATOR) || actor.has(Role.CHAIR));
	}

	Seat seat(Actor actor, Meeting meeting) {
		if (runsMeetingsOf(actor, meeting.areaId())
				|| (actor.userId() != null && actor.userId().equals(meeting.chairUserId()))) {
			return Seat.RUNS;
		}
		if (actor.worksWithCases() && invited(meeting.id(), actor.agency().id())) {
			return Seat.AGENCY;
		}
		if (actor.userId() == null) {
			return Seat.NONE;
		}
		return this.jdbc.sql("select accepted_at is not null from marac_observer where meeting_id = :m and user_id = :u")
			.param("m", meeting.id()).param("u", actor.userId())
			.query(Boolean.class)
			.optional()
			.map(accepted -> accepted ? Seat.OBSERVER : Seat.OBSERVER_PENDING)
			.orElse(Seat.NONE);
	}

	boolean invited(UUID meetingId, UUID agencyId) {
		return this.jdbc.sql("select exists (select 1 from marac_invitation where meeting_id = :m and agency_id = :a)")
			.param("m", meetingId).param("a", agencyId)
			.query(Boolean.class)
			.single();
	}

}
