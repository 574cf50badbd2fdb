package tandem.marac;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.agency.Actor;

/** Everything the agenda page of one meeting shows its viewer, read and audited in one transaction. */
@Service
class AgendaPage {

	private final MeetingLookup lookup;

	private final AgendaReader agenda;

	private final Meetings meetings;

	AgendaPage(MeetingLookup lookup, AgendaReader agenda, Meetings meetings) {
		this.lookup = lookup;
		this.agenda = agenda;
		this.meetings = meetings;
	}

	/** @param rows empty for an observer who has not accepted the confidentiality statement */
	record View(Meeting meeting, Seat seat, List<AgendaRow> rows, List<Meetings.Invitation> invitations,
			List<Meetings.Observer> observers) {

		public long listed() {
			return this.rows.stream().filter(r -> !r.heard()).count();
		}

	}

	@Transactional
	View view(Actor actor, UUID meetingId) {
		MeetingLookup.Seated seated = this.lookup.seated(actor, meetingId);
		if (!seated.seat().seesContent()) {
			return new View(seated.meeting(), seated.seat(), List.of(), List.of(), List.of());
		}
		return new View(seated.meeting(), seated.seat(), this.agenda.read(actor, seated.meeting(), seated.seat()),
				this.meetings.invitations(meetingId),
				seated.seat() == Seat.RUNS ? this.meetings.observers(meetingId) : List.of());
	}

}
