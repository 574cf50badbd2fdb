package tandem.marac;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.agency.Actor;
import tandem.cases.CaseDetails;
import tandem.cases.CaseGate;
import tandem.cases.CaseSight;

/**
 * The chair's screen for one case at a meeting: the case as the case gate lets them see it (audited there), the
 * victim's voice, what each agency shared, the risks, the actions agreed and earlier actions to review.
 */
@Service
class MeetingScreen {

	private final AgendaItems items;

	private final MeetingLookup lookup;

	private final CaseGate gate;

	private final Research research;

	private final Actions actions;

	private final Meetings meetings;

	private final JdbcClient jdbc;

	MeetingScreen(AgendaItems items, MeetingLookup lookup, CaseGate gate, Research research, Actions actions,
			Meetings meetings, JdbcClient jdbc) {
		this.items = items;
		this.lookup = lookup;
		this.gate = gate;
		this.research = research;
		this.actions = actions;
		this.meetings = meetings;
		this.jdbc = jdbc;
	}

	record SharedInformation(String agencyName, String information) {
	}

	record Owner(UUID userId, String label) {
	}

	record View(Meeting meeting, AgendaItems.Item item, CaseDetails details, AgendaItems.Discussion discussion,
			List<SharedInformation> shared, List<Research.Shared> research, List<ActionView> agreed,
			List<ActionView> toReview, List<Meetings.Invitation> invitations, List<Owner> owners) {
	}

	@Transactional
	View view(Actor actor, UUID itemId) {
		AgendaItems.Item item = this.items.find(itemId).orElseThrow(NotFound::new);
		Meeting meeting = this.lookup.running(actor, item.meetingId());
		if (!(this.gate.read(actor, item.caseId().toString()) instanceof CaseSight.Visible visible)) {
			throw new NotFound();
		}
		return new View(meeting, item, visible.details(), this.items.discussion(itemId), shared(itemId),
				this.research.sharedOn(itemId), this.actions.agreedAt(itemId),
				this.actions.openFromEarlierMeetings(item.caseId(), meeting.id()), this.meetings.invitations(meeting.id()),
				owners(meeting.id()));
	}

	private List<SharedInformation> shared(UUID itemId) {
		return this.jdbc.sql("""
				select g.name, s.information from marac_shared_information s join agency g on g.id = s.agency_id
				where s.agenda_item_id = :item order by s.recorded_at, s.id
				""")
			.param("item", itemId)
			.query((rs, row) -> new SharedInformation(rs.getString(1), rs.getString(2)))
			.list();
	}

	/** Who may own an action: the people of the agencies present. */
	private List<Owner> owners(UUID meetingId) {
		return this.jdbc.sql("""
				select u.id, u.display_name, g.name from app_user u
				join marac_invitation i on i.agency_id = u.agency_id and i.meeting_id = :m and i.attendance = 'PRESENT'
				join agency g on g.id = u.agency_id
				where u.enabled order by g.name, u.display_name limit 500
				""")
			.param("m", meetingId)
			.query((rs, row) -> new Owner(rs.getObject(1, UUID.class), rs.getString(2) + " (" + rs.getString(3) + ")"))
			.list();
	}

}
