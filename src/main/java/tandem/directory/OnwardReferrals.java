package tandem.directory;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.Ids;
import tandem.agency.Actor;
import tandem.audit.AuditAction;
import tandem.audit.AuditEvent;
import tandem.audit.AuditLog;
import tandem.cases.CaseDetails;
import tandem.cases.CaseRegister;

/**
 * Sends onward referrals and records the receiving service's decisions. Sharing is audited as a share; sharing
 * without consent is audited as an override with its lawful basis. Acceptance involves the service's agency in the
 * case, so from then on it works the case like any other involved agency.
 */
@Service
class OnwardReferrals {

	private final JdbcClient jdbc;

	private final CaseRegister cases;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	OnwardReferrals(JdbcClient jdbc, CaseRegister cases, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.cases = cases;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** The referral changed since the page was shown (someone else decided it); nothing was written. */
	static final class ChangedMeanwhile extends RuntimeException {

		ChangedMeanwhile() {
			super("The referral was changed by someone else");
		}

	}

	/** @param visibleCase as the case gate showed it to the sender */
	@Transactional
	public UUID send(Actor actor, CaseDetails visibleCase, DirectoryEntry service, OnwardReferralForm form) {
		UUID id = Ids.next();
		Instant now = Instant.now(this.clock);
		SharedRecord shared = SharedRecord.of(visibleCase, form, service.perpetratorProgramme(),
				LocalDate.now(this.clock));
		this.jdbc.sql("""
				insert into onward_referral (id, case_id, service_id, to_agency_id, from_agency_id, from_user_id, sent_at,
				    reason, consent, lawful_basis, lawful_basis_note, shared_subject, shared_name, shared_date_of_birth,
				    shared_contact, shared_contact_safe_times, shared_risk_level, shared_children, status, mandated)
				values (:id, :case, :service, :to, :from, :user, :now, :reason, :consent, :basis, :note, :subject, :name,
				    :dob, :contact, :times, :risk, :children, 'SENT', :mandated)
				""")
			.param("id", id).param("case", visibleCase.id()).param("service", service.id())
			.param("to", service.agencyId()).param("from", actor.agency().id()).param("user", actor.userId())
			.param("now", Timestamp.from(now)).param("reason", form.reason().strip())
			.param("consent", form.consent())
			.param("basis", form.consentGiven() ? null : form.lawfulBasis())
			.param("note", form.consentGiven() ? null : form.lawfulBasisNote().strip())
			.param("subject", shared.subject()).param("name", shared.name()).param("dob", shared.dateOfBirth())
			.param("contact", shared.contact()).param("times", shared.contactSafeTimes())
			.param("risk", shared.riskLevel()).param("children", shared.children())
			.param("mandated", service.perpetratorProgramme() ? "YES".equals(form.mandated()) : null)
			.update();
		this.audit.record(AuditEvent.success(actor.asAuditActor(), AuditAction.SHARE, "onward-referral", id)
			.inCase(visibleCase.id())
			.withDetail(form.consentGiven() ? "to " + service.name() + " with consent; shared " + form.share()
					: "to " + service.name() + " WITHOUT CONSENT (override), lawful basis " + form.lawfulBasis()
							+ "; shared " + form.share()));
		return id;
	}

	@Transactional
	public void accept(Actor actor, OnwardReferral referral, int version) {
		Instant now = Instant.now(this.clock);
		decide(actor, referral, version, "ACCEPTED", null, now);
		this.cases.involve(referral.caseId(), referral.toAgencyId(), LocalDate.now(this.clock));
		this.events.publishEvent(new OnwardReferralAccepted(referral.id(), referral.caseId(), referral.toAgencyId(),
				referral.serviceKind(), now));
	}

	@Transactional
	public void decline(Actor actor, OnwardReferral referral, int version, String reason) {
		decide(actor, referral, version, "DECLINED", reason, Instant.now(this.clock));
	}

	/** The referral's work is done: its outcome in the service's words, and for a programme the engagement. */
	@Transactional
	public void close(Actor actor, OnwardReferral referral, int version, String outcome,
			OnwardReferral.@Nullable Engagement engagement) {
		int changed = this.jdbc.sql("""
				update onward_referral set status = 'CLOSED', outcome = :outcome, closed_at = :now,
				    engagement = coalesce(:engagement, engagement), version = version + 1
				where id = :id and version = :version and status = 'ACCEPTED'
				""")
			.param("outcome", outcome.strip()).param("now", Timestamp.from(Instant.now(this.clock)))
			.param("engagement", engagement == null ? null : engagement.name())
			.param("id", referral.id()).param("version", version)
			.update();
		changed(changed);
		this.audit.record(AuditEvent.success(actor.asAuditActor(), AuditAction.CHANGE, "onward-referral", referral.id())
			.inCase(referral.caseId()).withDetail("closed"));
	}

	/** A perpetrator programme records how the person is engaging. */
	@Transactional
	public void engagement(Actor actor, OnwardReferral referral, int version, OnwardReferral.Engagement engagement) {
		int changed = this.jdbc.sql("""
				update onward_referral set engagement = :engagement, version = version + 1
				where id = :id and version = :version and status = 'ACCEPTED'
				""")
			.param("engagement", engagement.name()).param("id", referral.id()).param("version", version)
			.update();
		changed(changed);
		this.audit.record(AuditEvent.success(actor.asAuditActor(), AuditAction.CHANGE, "onward-referral", referral.id())
			.inCase(referral.caseId()).withDetail("engagement " + engagement.name()));
	}

	private void decide(Actor actor, OnwardReferral referral, int version, String status, @Nullable String reason,
			Instant now) {
		int changed = this.jdbc.sql("""
				update onward_referral set status = :status, decline_reason = :reason, decided_at = :now,
				    decided_by_user_id = :user, engagement = case when :status = 'ACCEPTED' and :programme
				        then 'ATTENDING' end, version = version + 1
				where id = :id and version = :version and status = 'SENT'
				""")
			.param("status", status).param("reason", reason == null ? null : reason.strip())
			.param("now", Timestamp.from(now)).param("user", actor.userId())
			.param("programme", referral.serviceKind() == ServiceKind.PERPETRATOR_PROGRAMME)
			.param("id", referral.id()).param("version", version)
			.update();
		changed(changed);
		this.audit.record(AuditEvent.success(actor.asAuditActor(), AuditAction.CHANGE, "onward-referral", referral.id())
			.inCase(referral.caseId()).withDetail(status.toLowerCase(java.util.Locale.UK)));
	}

	private static void changed(int rows) {
		if (rows == 0) {
			throw new ChangedMeanwhile();
		}
	}

}
