package tandem.referral;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.agency.Actor;
import tandem.audit.AuditAction;
import tandem.audit.AuditEvent;
import tandem.audit.AuditLog;
import tandem.cases.CaseDetails;
import tandem.cases.CaseRegister;
import tandem.risk.AreaRiskThresholds;
import tandem.risk.RepeatHistory;
import tandem.risk.RiskAssessment;
import tandem.risk.RiskHistory;
import tandem.risk.RiskInput;
import tandem.risk.RiskRules;

/**
 * A new Dash on an existing case, after a new incident or at review: scored by the case area's rules, added to the
 * case's risk history and made the case's current level, all in one audited transaction. A reassessment is not a
 * referral, so the repeat criterion does not apply to it.
 */
@Service
class Reassessment {

	private final AreaRiskThresholds thresholds;

	private final RiskHistory history;

	private final CaseRegister cases;

	private final AuditLog audit;

	private final Clock clock;

	Reassessment(AreaRiskThresholds thresholds, RiskHistory history, CaseRegister cases, AuditLog audit, Clock clock) {
		this.thresholds = thresholds;
		this.history = history;
		this.cases = cases;
		this.audit = audit;
		this.clock = clock;
	}

	/** @param visibleCase the case as the gate let the actor see it: the caller has checked need to know */
	@Transactional
	public RiskAssessment record(Actor actor, CaseDetails visibleCase, ReassessmentForm form) {
		LocalDate today = LocalDate.now(this.clock);
		RiskInput input = new RiskInput(today, form.dash(), form.policeCallouts(), form.judgement(), RepeatHistory.NONE);
		RiskAssessment assessment = new RiskRules(this.thresholds.forArea(visibleCase.areaId())).assess(input);
		UUID caseId = visibleCase.id();
		this.history.record(new RiskHistory.Assessor(caseId, null, today, actor.agency().id(), actor.userId()), input,
				form.account(), assessment, Instant.now(this.clock));
		this.cases.recordRiskLevel(caseId, assessment.riskLevel());
		this.audit.record(AuditEvent.success(actor.asAuditActor(), AuditAction.CHANGE, "case", caseId)
			.inCase(caseId)
			.withDetail("risk reassessed " + form.occasion().name() + ": " + assessment.riskLevel().name()));
		return assessment;
	}

}
