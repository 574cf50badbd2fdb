package tandem.agency;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.Ids;
import tandem.audit.AuditAction;
import tandem.audit.AuditEvent;
import tandem.audit.AuditLog;

/** Adding, changing, deactivating and reactivating agencies, each change audited in its own transaction. */
@Service
class AgencyAdministration {

	private final Agencies agencies;

	private final Areas areas;

	private final AuditLog audit;

	AgencyAdministration(Agencies agencies, Areas areas, AuditLog audit) {
		this.agencies = agencies;
		this.areas = areas;
		this.audit = audit;
	}

	@Transactional
	FormErrors add(AgencyForm form, Actor actor) {
		FormErrors errors = form.validate();
		Optional<AreaSummary> area = Input.id(form.area()).flatMap(this.areas::findById);
		errors.check("area", area.isPresent(), "Select the area the agency works in");
		if (errors.any()) {
			return errors;
		}
		String qualifiedCode = area.get().code() + "-" + form.code();
		if (this.agencies.qualifiedCodeTaken(qualifiedCode)) {
			return errors.add("code", alreadyKnownAs(qualifiedCode));
		}
		UUID id = Ids.next();
		this.agencies.insert(id, area.get().id(), form.code(), form.name(), form.sector());
		this.audit.record(AuditEvent.success(actor.asAuditActor(), AuditAction.CREATE, "agency", id)
			.withDetail("code: " + qualifiedCode + "; sector: " + form.sector()));
		return errors;
	}

	static String alreadyKnownAs(String qualifiedCode) {
		return "There is already an agency known as " + qualifiedCode;
	}

	@Transactional
	FormErrors change(UUID id, AgencyChangeForm form, Actor actor) {
		AgencySummary before = this.agencies.findById(id).orElseThrow(NotFound::new);
		FormErrors errors = form.validate();
		if (errors.any()) {
			return errors;
		}
		if (!this.agencies.update(id, form.name(), form.sector(), form.version())) {
			throw new EditConflict("agency");
		}
		String detail = new ChangeDetail().changed("name", before.name(), form.name())
			.value("sector", before.sector(), form.sector())
			.toString();
		this.audit.record(AuditEvent.success(actor.asAuditActor(), AuditAction.CHANGE, "agency", id).withDetail(detail));
		return errors;
	}

	/** Deactivates or reactivates; asking for the state the agency is already in changes and records nothing. */
	@Transactional
	void setActive(UUID id, boolean active, Actor actor) {
		this.agencies.findById(id).orElseThrow(NotFound::new);
		if (this.agencies.setActive(id, active)) {
			this.audit.record(AuditEvent.success(actor.asAuditActor(), AuditAction.CHANGE, "agency", id)
				.withDetail(active ? "reactivated" : "deactivated"));
		}
	}

}
