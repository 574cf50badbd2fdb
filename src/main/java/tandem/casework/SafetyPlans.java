package tandem.casework;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.agency.Actor;
import tandem.audit.AuditAction;
import tandem.audit.AuditEvent;
import tandem.audit.AuditLog;

/**
 * The safety plan and the needs assessment of a service's case. Two workers may open the same plan; the second to
 * save is told someone else changed it and sees both versions, so neither's words are lost (optimistic locking on
 * the version each of them started from).
 */
@Service
class SafetyPlans {

	/** No plan or assessment exists yet: the version a first save starts from. */
	static final int NEW = -1;

	/** Someone saved the plan after this worker opened it. Nothing was written. */
	static final class ChangedMeanwhile extends RuntimeException {

		ChangedMeanwhile() {
			super("The plan was changed by someone else");
		}

	}

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	SafetyPlans(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public void savePlan(Actor actor, SupportCase supportCase, int version, boolean stayingWithPerpetrator,
			String plan) {
		Timestamp now = Timestamp.from(Instant.now(this.clock));
		int changed = version == NEW ? this.jdbc.sql("""
				insert into safety_plan (support_case_id, staying_with_perpetrator, plan, updated_at, updated_by_user_id)
				values (:id, :staying, :plan, :now, :user) on conflict (support_case_id) do nothing
				""")
			.param("id", supportCase.id()).param("staying", stayingWithPerpetrator).param("plan", plan.strip())
			.param("now", now).param("user", actor.userId())
			.update()
				: this.jdbc.sql("""
						update safety_plan set staying_with_perpetrator = :staying, plan = :plan, updated_at = :now,
						    updated_by_user_id = :user, version = version + 1
						where support_case_id = :id and version = :version
						""")
					.param("id", supportCase.id()).param("staying", stayingWithPerpetrator).param("plan", plan.strip())
					.param("now", now).param("user", actor.userId()).param("version", version)
					.update();
		if (changed == 0) {
			throw new ChangedMeanwhile();
		}
		this.audit.record(AuditEvent.success(actor.asAuditActor(), version == NEW ? AuditAction.CREATE
				: AuditAction.CHANGE, "safety-plan", supportCase.id()).inCase(supportCase.caseId()));
	}

	@Transactional
	public void saveNeeds(Actor actor, SupportCase supportCase, int version, List<String> needs,
			@Nullable String perpetratorPattern, @Nullable String protectiveEfforts) {
		Timestamp now = Timestamp.from(Instant.now(this.clock));
		String[] chosen = needs.toArray(String[]::new);
		int changed = version == NEW ? this.jdbc.sql("""
				insert into needs_assessment (support_case_id, needs, perpetrator_pattern, protective_efforts, assessed_at)
				values (:id, :needs, :pattern, :efforts, :now) on conflict (support_case_id) do nothing
				""")
			.param("id", supportCase.id()).param("needs", chosen).param("pattern", perpetratorPattern)
			.param("efforts", protectiveEfforts).param("now", now)
			.update()
				: this.jdbc.sql("""
						update needs_assessment set needs = :needs, perpetrator_pattern = :pattern,
						    protective_efforts = :efforts, assessed_at = :now, version = version + 1
						where support_case_id = :id and version = :version
						""")
					.param("id", supportCase.id()).param("needs", chosen).param("pattern", perpetratorPattern)
					.param("efforts", protectiveEfforts).param("now", now).param("version", version)
					.update();
		if (changed == 0) {
			throw new ChangedMeanwhile();
		}
		this.audit.record(AuditEvent.success(actor.asAuditActor(), AuditAction.CHANGE, "needs-assessment",
				supportCase.id()).inCase(supportCase.caseId()));
	}

}
