package tandem.marac;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tandem.agency.Actor;

/**
 * Builds minutes from the meeting record for one reader. Only the cases the access policy lets the reader see are in
 * them (the agenda reader decides and audits); the others are counted, never described.
 */
@Component
class MinutesReader {

	private final AgendaReader agenda;

	private final AgendaItems items;

	private final Meetings meetings;

	private final Research research;

	private final Actions actions;

	private final JdbcClient jdbc;

	MinutesReader(AgendaReader agenda, AgendaItems items, Meetings meetings, Research research, Actions actions,
			JdbcClient jdbc) {
		this.agenda = agenda;
		this.items = items;
		this.meetings = meetings;
		this.research = research;
		this.actions = actions;
		this.jdbc = jdbc;
	}

	/** @param audited whether the reader is reading (audited as views) or the minutes are being sent to them */
	@Transactional(propagation = Propagation.MANDATORY)
	Minutes read(Actor reader, Meeting meeting, boolean audited) {
		List<AgendaRow> rows = audited ? this.agenda.read(reader, meeting, Seat.RUNS)
				: this.agenda.entitled(reader, meeting, Seat.RUNS);
		List<Minutes.CaseMinutes> cases = rows.stream()
			.filter(row -> row.sight() == AgendaRow.Sight.CASE)
			.map(row -> new Minutes.CaseMinutes(row, shared(row.itemId()), this.research.sharedOn(row.itemId()),
					this.items.discussion(row.itemId()), this.actions.agreedAt(row.itemId())))
			.toList();
		return new Minutes(meeting, this.meetings.invitations(meeting.id()), this.meetings.observers(meeting.id()), cases,
				rows.size() - cases.size());
	}

	private List<MeetingScreen.SharedInformation> shared(UUID itemId) {
		return this.jdbc.sql("""
				select g.name, s.information from marac_shared_information s join agency g on g.id = s.agency_id
				where s.agenda_item_id = :item order by s.recorded_at, s.id
				""")
			.param("item", itemId)
			.query((rs, row) -> new MeetingScreen.SharedInformation(rs.getString(1), rs.getString(2)))
			.list();
	}

}
