package tandem.marac;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.agency.Actor;
import tandem.audit.AuditAction;
import tandem.audit.AuditEvent;
import tandem.audit.AuditLog;

/**
 * Each invited agency's research on the cases of an agenda. It is the agency's internal document: only its own people
 * read or change it, until on the day of the meeting the agency shares it; what it decided to withhold is never shown
 * to anyone else, shared or not (doc/adr/0063).
 */
@Service
class Research {

	private final MeetingLookup lookup;

	private final AgendaItems items;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	Research(MeetingLookup lookup, AgendaItems items, JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.lookup = lookup;
		this.items = items;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** What one agency shared of its research, as the meeting sees it. */
	record Shared(String agencyName, String facts, String opinion) {
	}

	/** The actor's own agency's research on an agenda item; empty if none is recorded yet. */
	@Transactional
	Optional<ResearchForm> own(Actor actor, UUID itemId) {
		AgendaItems.Item item = researchable(actor, itemId);
		Optional<ResearchForm> found = this.jdbc.sql("""
				select facts, opinion, withheld, withheld_reason, version from marac_research
				where agenda_item_id = :item and agency_id = :agency
				""")
			.param("item", itemId).param("agency", actor.agency().id())
			.query((rs, row) -> new ResearchForm(rs.getString("facts"), rs.getString("opinion"),
					rs.getString("withheld"), rs.getString("withheld_reason"), rs.getInt("version")))
			.optional();
		found.ifPresent(r -> this.audit.record(AuditEvent.success(actor.asAuditActor(), AuditAction.VIEW,
				"marac-research", itemId).inCase(item.caseId())));
		return found;
	}

	@Transactional
	void save(Actor actor, UUID itemId, ResearchForm form) {
		AgendaItems.Item item = researchable(actor, itemId);
		for (String text : List.of(form.factsText(), form.opinionText(), form.withheldText(), form.withheldReasonText())) {
			if (text.length() > MeetingRecord.MAX_TEXT) {
				throw new ChangeRefused("facts", "Each answer must be 10,000 characters or fewer");
			}
		}
		if (!form.withheldText().isEmpty() && form.withheldReasonText().isEmpty()) {
			throw new ChangeRefused("withheldReason", "Enter why you decided not to share it");
		}
		int changed = form.version() < 0 ? insert(actor, itemId, form) : update(actor, itemId, form);
		if (changed == 0) {
			throw ChangeRefused.conflict("this research");
		}
		this.audit.record(AuditEvent.success(actor.asAuditActor(), form.version() < 0 ? AuditAction.CREATE
				: AuditAction.CHANGE, "marac-research", itemId).inCase(item.caseId()));
	}

	/** The agency shares its research with the meeting: allowed from the day of the meeting, not before. */
	@Transactional
	void share(Actor actor, UUID itemId) {
		AgendaItems.Item item = researchable(actor, itemId);
		Meeting meeting = this.lookup.seated(actor, item.meetingId()).meeting();
		if (LocalDate.now(this.clock).isBefore(meeting.heldOn())) {
			throw new ChangeRefused("share", "Research can be shared from the day of the meeting");
		}
		int changed = this.jdbc.sql("""
				update marac_research set shared_at = :now where agenda_item_id = :item and agency_id = :agency
				and shared_at is null
				""")
			.param("now", OffsetDateTime.now(this.clock)).param("item", itemId).param("agency", actor.agency().id())
			.update();
		if (changed == 0) {
			throw new ChangeRefused("share", "Record your research before sharing it");
		}
		this.audit.record(AuditEvent.success(actor.asAuditActor(), AuditAction.SHARE, "marac-research", itemId)
			.inCase(item.caseId()));
	}

	/** The research agencies have shared on an item: facts and opinion, never what they withheld. */
	List<Shared> sharedOn(UUID itemId) {
		return this.jdbc.sql("""
				select g.name, r.facts, r.opinion from marac_research r join agency g on g.id = r.agency_id
				where r.agenda_item_id = :item and r.shared_at is not null order by g.name
				""")
			.param("item", itemId)
			.query((rs, row) -> new Shared(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	private AgendaItems.Item researchable(Actor actor, UUID itemId) {
		AgendaItems.Item item = this.items.find(itemId).orElseThrow(NotFound::new);
		Seat seat = this.lookup.seated(actor, item.meetingId()).seat();
		// Only an invited agency researches; those who run the meeting research as their own agency if invited.
		if (!(seat == Seat.AGENCY || seat == Seat.RUNS) || actor.userId() == null
				|| !this.lookup.invited(item.meetingId(), actor.agency().id())) {
			throw new NotFound();
		}
		return item;
	}

	private int insert(Actor actor, UUID itemId, ResearchForm form) {
		return this.jdbc.sql("""
				insert into marac_research (agenda_item_id, agency_id, facts, opinion, withheld, withheld_reason,
				                            updated_by, updated_at)
				values (:item, :agency, :facts, :opinion, :withheld, :reason, :by, :now) on conflict do nothing
				""")
			.params(params(actor, itemId, form))
			.update();
	}

	private int update(Actor actor, UUID itemId, ResearchForm form) {
		return this.jdbc.sql("""
				update marac_research set facts = :facts, opinion = :opinion, withheld = :withheld,
				       withheld_reason = :reason, updated_by = :by, updated_at = :now, version = version + 1
				where agenda_item_id = :item and agency_id = :agency and version = :version
				""")
			.params(params(actor, itemId, form))
			.update();
	}

	private java.util.Map<String, @Nullable Object> params(Actor actor, UUID itemId, ResearchForm form) {
		java.util.Map<String, @Nullable Object> params = new java.util.HashMap<>();
		params.put("item", itemId);
		params.put("agency", actor.agency().id());
		params.put("facts", form.factsText());
		params.put("opinion", form.opinionText());
		params.put("withheld", form.withheldText());
		params.put("reason", form.withheldReasonText());
		params.put("by", actor.userId());
		params.put("now", OffsetDateTime.now(this.clock));
		params.put("version", form.version());
		return params;
	}

}
