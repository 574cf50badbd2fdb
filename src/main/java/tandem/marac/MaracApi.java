package tandem.marac;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import tandem.agency.Actor;

/**
 * MARAC reads for agency systems, under the same rules as the pages: a meeting's agenda for an invited agency, with
 * only the cases the agency may see; and the agency's open actions.
 */
@RestController
@Tag(name = "MARAC")
class MaracApi {

	private final MaracApiReads reads;

	private final Clock clock;

	MaracApi(MaracApiReads reads, Clock clock) {
		this.reads = reads;
		this.clock = clock;
	}

	record AgendaResponse(UUID meetingId, LocalDate heldOn, LocalTime startsAt, String kind, LocalDate cutOffOn,
			List<AgendaCase> cases) {
	}

	/** @param category EMERGENCY, REPEAT, TRANSFER_IN or NEW, in the order the meeting hears them */
	record AgendaCase(UUID caseId, String reference, String category, boolean heard, boolean deferred,
			@Nullable String victimName, @Nullable LocalDate victimDateOfBirth, @Nullable String riskLevel, int children,
			List<String> agencies, @Nullable LocalDate lastHeardOn) {
	}

	record ActionResponse(UUID id, UUID caseId, String caseReference, UUID meetingId, LocalDate meetingOn, String agency,
			String owner, String description, LocalDate dueOn, boolean overdue, @Nullable String progress) {
	}

	@Operation(summary = "A meeting's agenda",
			description = "For an agency invited to the meeting: the cases it may see, in the order they are heard. "
					+ "404 when the meeting does not exist or the agency is not invited.")
	@PreAuthorize("hasAuthority('API_CLIENT')")
	@GetMapping("/api/v1/meetings/{id}/agenda")
	AgendaResponse agenda(@PathVariable String id, Actor actor) {
		MaracApiReads.Agenda agenda = this.reads.agenda(actor, parse(id));
		Meeting m = agenda.meeting();
		return new AgendaResponse(m.id(), m.heldOn(), m.startsAt(), m.kind().name(), m.cutOffOn(),
				agenda.rows().stream().map(MaracApi::agendaCase).toList());
	}

	@Operation(summary = "The calling agency's open MARAC actions", description = "Soonest due first.")
	@PreAuthorize("hasAuthority('API_CLIENT')")
	@GetMapping("/api/v1/actions")
	List<ActionResponse> actions(Actor actor) {
		LocalDate today = LocalDate.now(this.clock);
		return this.reads.openActions(actor)
			.stream()
			.map(a -> new ActionResponse(a.id(), a.caseId(), a.caseReference(), a.meetingId(), a.meetingOn(),
					a.agencyName(), a.ownerName(), a.description(), a.dueOn(), a.overdueOn(today), a.progress()))
			.toList();
	}

	private static AgendaCase agendaCase(AgendaRow row) {
		return new AgendaCase(row.caseId(), row.reference() == null ? "" : row.reference(), row.category().name(),
				row.heard(), row.deferred(), row.victimName(), row.victimBornOn(),
				row.riskLevel() == null ? null : row.riskLevel().name(), row.children(), row.agencies(), row.lastHeardOn());
	}

	private static UUID parse(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFound();
		}
	}

}
