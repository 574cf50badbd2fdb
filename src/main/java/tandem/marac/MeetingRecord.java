package tandem.marac;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.Ids;
import tandem.agency.Actor;
import tandem.audit.AuditAction;
import tandem.audit.AuditEvent;
import tandem.audit.AuditLog;

/**
 * What the chair or coordinator records during a meeting: attendance, what each agency shares (attributed to it), the
 * victim's voice as the IDVA represents it, the risks identified, and that a case has been heard.
 */
@Service
class MeetingRecord {

	static final int MAX_TEXT = 10_000;

	private final MeetingLookup lookup;

	private final AgendaItems items;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	MeetingRecord(MeetingLookup lookup, AgendaItems items, JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.lookup = lookup;
		this.items = items;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	enum Attendance {

		INVITED("Invited"), PRESENT("Present"), APOLOGIES("Apologies"), INFORMATION_SENT("Apologies, information sent");

		private final String label;

		Attendance(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	@Transactional
	void attendance(Actor actor, UUID meetingId, UUID agencyId, Attendance attendance) {
		this.lookup.running(actor, meetingId);
		int changed = this.jdbc.sql("update marac_invitation set attendance = :a where meeting_id = :m and agency_id = :g")
			.param("a", attendance.name()).param("m", meetingId).param("g", agencyId)
			.update();
		if (changed == 0) {
			throw new ChangeRefused("agency", "Choose an agency invited to this meeting");
		}
		this.audit.record(AuditEvent.success(actor.asAuditActor(), AuditAction.CHANGE, "marac-meeting", meetingId)
			.withDetail("attendance " + attendance.name()));
	}

	@Transactional
	void share(Actor actor, UUID itemId, UUID agencyId, String information) {
		AgendaItems.Item item = runningItem(actor, itemId);
		String text = information.strip();
		if (text.isEmpty()) {
			throw new ChangeRefused("information", "Enter what the agency shared");
		}
		if (text.length() > MAX_TEXT) {
			throw new ChangeRefused("information", "What was shared must be 10,000 characters or fewer");
		}
		if (!this.jdbc.sql("select exists (select 1 from marac_invitation where meeting_id = :m and agency_id = :a)")
			.param("m", item.meetingId()).param("a", agencyId).query(Boolean.class).single()) {
			throw new ChangeRefused("agency", "Choose an agency invited to this meeting");
		}
		UUID id = Ids.next();
		this.jdbc.sql("""
				insert into marac_shared_information (id, agenda_item_id, agency_id, information, recorded_by, recorded_at)
				values (:id, :item, :agency, :text, :by, :at)
				""")
			.param("id", id).param("item", itemId).param("agency", agencyId).param("text", text)
			.param("by", actor.userId()).param("at", OffsetDateTime.now(this.clock))
			.update();
		this.audit.record(AuditEvent.success(actor.asAuditActor(), AuditAction.SHARE, "marac-shared-information", id)
			.inCase(item.caseId()));
	}

	/** The victim's voice and the risks identified, checked against the version the chair saw. */
	@Transactional
	void discussion(Actor actor, UUID itemId, int version, String victimVoice, String risks) {
		AgendaItems.Item item = runningItem(actor, itemId);
		if (victimVoice.length() > MAX_TEXT || risks.length() > MAX_TEXT) {
			throw new ChangeRefused("risks", "Each answer must be 10,000 characters or fewer");
		}
		int changed = this.jdbc.sql("""
				update agenda_item set victim_voice = :voice, risks_identified = :risks, version = version + 1
				where id = :id and version = :version
				""")
			.param("voice", victimVoice.strip()).param("risks", risks.strip()).param("id", itemId)
			.param("version", version)
			.update();
		if (changed == 0) {
			throw ChangeRefused.conflict("this case's record");
		}
		this.audit.record(AuditEvent.success(actor.asAuditActor(), AuditAction.CHANGE, "agenda-item", itemId)
			.inCase(item.caseId()).withDetail("victim's voice and risks"));
	}

	/** The case has been heard: it leaves the list of cases still to discuss and counts as a hearing for repeats. */
	@Transactional
	UUID heard(Actor actor, UUID itemId, int version) {
		AgendaItems.Item item = runningItem(actor, itemId);
		int changed = this.jdbc.sql("""
				update agenda_item set status = 'HEARD', version = version + 1
				where id = :id and version = :version and status = 'LISTED'
				""")
			.param("id", itemId).param("version", version)
			.update();
		if (changed == 0) {
			throw ChangeRefused.conflict("this case's record");
		}
		this.audit.record(AuditEvent.success(actor.asAuditActor(), AuditAction.CHANGE, "agenda-item", itemId)
			.inCase(item.caseId()).withDetail("heard"));
		return item.meetingId();
	}

	private AgendaItems.Item runningItem(Actor actor, UUID itemId) {
		AgendaItems.Item item = this.items.find(itemId).orElseThrow(NotFound::new);
		this.lookup.running(actor, item.meetingId());
		return item;
	}

}
