package tandem.marac;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.agency.Actor;
import tandem.agency.AgencyRef;
import tandem.agency.Role;
import tandem.audit.AuditAction;
import tandem.audit.AuditEvent;
import tandem.audit.AuditLog;
import tandem.notify.Outbox;

/**
 * Minutes for the person reading them, and sending them to the meeting's agencies: each agency is entitled to the
 * cases it may see, and every case disclosed to an agency is audited as a disclosure (doc/adr/0064). The e-mail only
 * says that minutes are waiting in Tandem.
 */
@Service
class MinutesService {

	static final String SUBJECT = "New MARAC minutes are available in Tandem";

	private final MeetingLookup lookup;

	private final MinutesReader reader;

	private final JdbcClient jdbc;

	private final Outbox outbox;

	private final AuditLog audit;

	MinutesService(MeetingLookup lookup, MinutesReader reader, JdbcClient jdbc, Outbox outbox, AuditLog audit) {
		this.lookup = lookup;
		this.reader = reader;
		this.jdbc = jdbc;
		this.outbox = outbox;
		this.audit = audit;
	}

	/** The minutes as the actor is entitled to them; an observer or outsider gets none. */
	@Transactional
	Minutes forReader(Actor actor, UUID meetingId) {
		MeetingLookup.Seated seated = this.lookup.seated(actor, meetingId);
		if (!(seated.seat() == Seat.RUNS || seated.seat() == Seat.AGENCY)) {
			throw new NotFound();
		}
		this.audit.record(AuditEvent.success(actor.asAuditActor(), AuditAction.VIEW, "marac-minutes", meetingId));
		return this.reader.read(actor, seated.meeting(), true);
	}

	/** @return how many agencies were sent minutes (those entitled to at least one case) */
	@Transactional
	int send(Actor actor, UUID meetingId) {
		Meeting meeting = this.lookup.running(actor, meetingId);
		int sent = 0;
		for (AgencyRef agency : invited(meetingId)) {
			Actor asAgency = new Actor("agency:" + agency.id(), agency.name(), agency, Set.of(Role.AGENCY_REPRESENTATIVE),
					Actor.Kind.API_CLIENT, null);
			Minutes minutes = this.reader.read(asAgency, meeting, false);
			if (minutes.cases().isEmpty()) {
				continue;
			}
			for (Minutes.CaseMinutes disclosed : minutes.cases()) {
				this.audit.record(AuditEvent.success(actor.asAuditActor(), AuditAction.DISCLOSE, "marac-minutes", meetingId)
					.inCase(disclosed.row().caseId())
					.withDetail("minutes sent to " + agency.qualifiedCode()));
			}
			notify(agency, meeting);
			sent++;
		}
		return sent;
	}

	private void notify(AgencyRef agency, Meeting meeting) {
		String body = SUBJECT + ".\n\nSign in to read them: " + this.outbox.link("/marac/meetings/" + meeting.id()
				+ "/minutes") + "\n";
		this.jdbc.sql("select email from app_user where agency_id = :a and enabled and email is not null")
			.param("a", agency.id())
			.query(String.class)
			.list()
			.forEach(email -> this.outbox.enqueue(email, SUBJECT, body, meeting.areaId()));
	}

	private List<AgencyRef> invited(UUID meetingId) {
		return this.jdbc.sql("""
				select g.id, g.code, g.name, g.area_id, a.code from marac_invitation i
				join agency g on g.id = i.agency_id join area a on a.id = g.area_id
				where i.meeting_id = :m order by g.name
				""")
			.param("m", meetingId)
			.query((rs, row) -> new AgencyRef(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					rs.getObject(4, UUID.class), rs.getString(5)))
			.list();
	}

}
