package tandem.marac;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.Ids;
import tandem.agency.Actor;
import tandem.agency.AreaDirectory;
import tandem.audit.AuditAction;
import tandem.audit.AuditEvent;
import tandem.audit.AuditLog;
import tandem.cases.CaseDetails;
import tandem.cases.CaseGate;
import tandem.cases.CaseRegister;
import tandem.cases.CaseSight;

/**
 * MARAC-to-MARAC transfers when a victim moves: the sending coordinator sends the case with the reason and the IDVA
 * handover; the receiving coordinator accepts it, which moves the case to their area (with its risk history, minutes
 * trail and open actions, which follow the case), involves their IDVA service and lists it as "transfer in" on their
 * next meeting. Both sides are audited (doc/adr/0065).
 */
@Service
class Transfers {

	private final CaseGate gate;

	private final CaseRegister cases;

	private final AreaDirectory areas;

	private final AgendaPlacement placement;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	Transfers(CaseGate gate, CaseRegister cases, AreaDirectory areas, AgendaPlacement placement, JdbcClient jdbc,
			AuditLog audit, Clock clock) {
		this.gate = gate;
		this.cases = cases;
		this.areas = areas;
		this.placement = placement;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	record Pending(UUID id, UUID caseId, String reference, String fromArea, String reason, String idvaHandover,
			OffsetDateTime sentAt) {
	}

	/** The case as the sending coordinator may send it: one of their area's cases, seen through the gate. */
	@Transactional
	CaseDetails sendable(Actor actor, UUID caseId) {
		if (!(this.gate.read(actor, caseId.toString()) instanceof CaseSight.Visible visible)
				|| !MeetingAccess.runsMeetingsOf(actor, visible.details().areaId())) {
			throw new NotFound();
		}
		return visible.details();
	}

	@Transactional
	UUID send(Actor actor, UUID caseId, String toAreaCode, String reason, String idvaHandover) {
		CaseDetails details = sendable(actor, caseId);
		AreaDirectory.AreaRef to = this.areas.areaByCode(toAreaCode)
			.filter(area -> !area.id().equals(details.areaId()))
			.orElseThrow(() -> new ChangeRefused("toArea", "Choose the area the victim has moved to"));
		if (reason.isBlank() || reason.length() > MeetingRecord.MAX_TEXT) {
			throw new ChangeRefused("reason", "Enter why the case is transferred, in 10,000 characters or fewer");
		}
		if (idvaHandover.isBlank() || idvaHandover.length() > MeetingRecord.MAX_TEXT) {
			throw new ChangeRefused("idvaHandover", "Enter the IDVA handover, in 10,000 characters or fewer");
		}
		UUID id = Ids.next();
		int inserted = this.jdbc.sql("""
				insert into marac_transfer (id, case_id, from_area_id, to_area_id, reason, idva_handover, sent_by, sent_at)
				values (:id, :case, :from, :to, :reason, :handover, :by, :now) on conflict do nothing
				""")
			.param("id", id).param("case", caseId).param("from", details.areaId()).param("to", to.id())
			.param("reason", reason.strip()).param("handover", idvaHandover.strip()).param("by", actor.userId())
			.param("now", OffsetDateTime.now(this.clock))
			.update();
		if (inserted == 0) {
			throw new ChangeRefused("toArea", "This case is already waiting to be accepted by another area");
		}
		this.audit.record(AuditEvent.success(actor.asAuditActor(), AuditAction.SHARE, "marac-transfer", id)
			.inCase(caseId).withDetail("transfer out to " + to.code()));
		return id;
	}

	/** Transfers waiting for the actor's area; each reference shown is recorded as the sender's disclosure. */
	@Transactional
	List<Pending> waitingFor(Actor actor) {
		return this.jdbc.sql("""
				select t.id, t.case_id, c.reference, a.name, t.reason, t.idva_handover, t.sent_at
				from marac_transfer t join case_file c on c.id = t.case_id join area a on a.id = t.from_area_id
				where t.to_area_id = :area and t.accepted_at is null order by t.sent_at
				""")
			.param("area", actor.agency().areaId())
			.query((rs, row) -> new Pending(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class)))
			.list();
	}

	@Transactional
	UUID accept(Actor actor, UUID transferId) {
		Pending pending = waitingFor(actor).stream().filter(p -> p.id().equals(transferId)).findFirst()
			.orElseThrow(NotFound::new);
		UUID area = actor.agency().areaId();
		LocalDate today = LocalDate.now(this.clock);
		Set<UUID> idva = this.areas.agencyOfSector(area, "idva").map(Set::of).orElse(Set.of());
		this.cases.transferToArea(pending.caseId(), area, idva, today);
		UUID item = this.placement.place(pending.caseId(), area, today, null, AgendaCategory.TRANSFER_IN,
				pending.fromArea());
		int accepted = this.jdbc.sql("""
				update marac_transfer set accepted_by = :by, accepted_at = :now, agenda_item_id = :item
				where id = :id and accepted_at is null
				""")
			.param("by", actor.userId()).param("now", OffsetDateTime.now(this.clock)).param("item", item)
			.param("id", transferId)
			.update();
		if (accepted == 0) {
			throw ChangeRefused.conflict("this transfer");
		}
		this.audit.record(AuditEvent.success(actor.asAuditActor(), AuditAction.CHANGE, "marac-transfer", transferId)
			.inCase(pending.caseId()).withDetail("transfer in accepted from " + pending.fromArea()));
		return item;
	}

	/** Other areas to send to, by code and name. */
	List<Area> otherAreas(UUID areaId) {
		return this.jdbc.sql("select code, name from area where id <> :id order by name limit 500")
			.param("id", areaId)
			.query((rs, row) -> new Area(rs.getString(1), rs.getString(2)))
			.list();
	}

	record Area(String code, String name) {
	}

}
