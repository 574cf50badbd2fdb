package tandem.marac;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tandem.Ids;

/**
 * Gives the demo partnership a working MARAC: in each area, the last meeting (held, with its cases heard and an open
 * and an overdue action) and the next meeting with an agenda, so a coordinator signing in sees both. Demo only.
 */
@Service
public class MaracDemo {

	private final AgendaPlacement placement;

	private final Meetings meetings;

	private final AgendaItems items;

	private final JdbcClient jdbc;

	private final Clock clock;

	MaracDemo(AgendaPlacement placement, Meetings meetings, AgendaItems items, JdbcClient jdbc, Clock clock) {
		this.placement = placement;
		this.meetings = meetings;
		this.items = items;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * @param caseIds open, unrestricted cases of the area: the first two were heard last time, the rest are listed next
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void seed(UUID areaId, List<UUID> caseIds) {
		LocalDate today = LocalDate.now(this.clock);
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		Meeting next = this.placement.nextMeeting(areaId, today);
		LocalDate lastDay = next.heldOn().minusWeeks(2);
		while (!lastDay.isBefore(today)) {
			lastDay = lastDay.minusWeeks(2);
		}
		Meeting last = this.meetings.scheduled(MaracSchedule.defaultFor(areaId), lastDay, now);
		this.jdbc.sql("update marac_invitation set attendance = 'PRESENT' where meeting_id = :m")
			.param("m", last.id()).update();
		UUID owner = this.jdbc.sql("""
				select u.id from app_user u join agency g on g.id = u.agency_id
				where g.area_id = :area and g.sector = 'police' order by u.username limit 1
				""").param("area", areaId).query(UUID.class).single();
		for (int i = 0; i < caseIds.size(); i++) {
			UUID caseId = caseIds.get(i);
			if (i < 2) {
				UUID item = this.items.list(last.id(), caseId, null, AgendaCategory.NEW, null, false, null, now);
				this.jdbc.sql("update agenda_item set status = 'HEARD' where id = :id").param("id", item).update();
				action(item, last, caseId, owner, i == 0 ? last.heldOn().plusDays(3) : next.heldOn().plusDays(7), now);
			}
			this.items.list(next.id(), caseId, null, i < 2 ? AgendaCategory.REPEAT : AgendaCategory.NEW, null, false, null,
					now);
		}
	}

	private void action(UUID item, Meeting meeting, UUID caseId, UUID owner, LocalDate due, OffsetDateTime now) {
		this.jdbc.sql("""
				insert into marac_action (id, agenda_item_id, meeting_id, case_id, agency_id, owner_user_id, description,
				                          due_on, created_at)
				select :id, :item, :meeting, :case, agency_id, id, 'Flag the address for an urgent response', :due, :now
				from app_user where id = :owner
				""")
			.param("id", Ids.next()).param("item", item).param("meeting", meeting.id()).param("case", caseId)
			.param("owner", owner).param("due", due).param("now", now)
			.update();
	}

}
