package tandem.marac;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.agency.Actor;
import tandem.audit.AuditAction;
import tandem.audit.AuditEvent;
import tandem.audit.AuditLog;

/** The API's reads, each in one audited transaction. */
@Service
class MaracApiReads {

	private final MeetingLookup lookup;

	private final AgendaReader agenda;

	private final Actions actions;

	private final AuditLog audit;

	MaracApiReads(MeetingLookup lookup, AgendaReader agenda, Actions actions, AuditLog audit) {
		this.lookup = lookup;
		this.agenda = agenda;
		this.actions = actions;
		this.audit = audit;
	}

	record Agenda(Meeting meeting, List<AgendaRow> rows) {
	}

	/** Only cases the access policy lets the agency see; an agency system gets no names for research. */
	@Transactional
	Agenda agenda(Actor actor, UUID meetingId) {
		MeetingLookup.Seated seated = this.lookup.seated(actor, meetingId);
		if (!seated.seat().seesContent() || seated.seat() == Seat.OBSERVER) {
			throw new NotFound();
		}
		List<AgendaRow> visible = this.agenda.entitled(actor, seated.meeting(), seated.seat())
			.stream()
			.filter(row -> row.sight() == AgendaRow.Sight.CASE)
			.toList();
		visible.forEach(row -> this.audit.record(AuditEvent.success(actor.asAuditActor(), AuditAction.VIEW, "case",
				row.caseId()).inCase(row.caseId()).withDetail("MARAC agenda, API")));
		return new Agenda(seated.meeting(), visible);
	}

	@Transactional
	List<ActionView> openActions(Actor actor) {
		List<ActionView> open = this.actions.openFor(actor.agency().id());
		this.audit.record(AuditEvent.success(actor.asAuditActor(), AuditAction.VIEW, "marac-action-list", null)
			.withDetail(open.size() + " open actions"));
		return open;
	}

}
