package tandem.agency;

import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.Ids;
import tandem.audit.AuditAction;
import tandem.audit.AuditEvent;
import tandem.audit.AuditLog;

/** Adding and changing areas, each change audited in its own transaction. */
@Service
class AreaAdministration {

	private final Areas areas;

	private final AuditLog audit;

	AreaAdministration(Areas areas, AuditLog audit) {
		this.areas = areas;
		this.audit = audit;
	}

	@Transactional
	FormErrors add(AreaForm form, Actor actor) {
		FormErrors errors = form.validate();
		if (!errors.has("code") && this.areas.codeTaken(form.code())) {
			errors.add("code", "There is already an area with the code " + form.code());
		}
		if (errors.any()) {
			return errors;
		}
		UUID id = Ids.next();
		this.areas.insert(id, form.code(), form.name());
		this.audit.record(AuditEvent.success(actor.asAuditActor(), AuditAction.CREATE, "area", id)
			.withDetail("code: " + form.code()));
		return errors;
	}

	@Transactional
	FormErrors change(UUID id, AreaChangeForm form, Actor actor) {
		AreaSummary before = this.areas.findById(id).orElseThrow(NotFound::new);
		FormErrors errors = form.validate();
		if (errors.any()) {
			return errors;
		}
		if (!this.areas.update(id, form.name(), form.totp(), form.version())) {
			throw new EditConflict("area");
		}
		String detail = new ChangeDetail().changed("name", before.name(), form.name())
			.value("second factor required", before.totpRequired(), form.totp())
			.toString();
		this.audit.record(AuditEvent.success(actor.asAuditActor(), AuditAction.CHANGE, "area", id).withDetail(detail));
		return errors;
	}

}
