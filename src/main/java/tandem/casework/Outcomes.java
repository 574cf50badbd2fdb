package tandem.casework;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.agency.Actor;
import tandem.audit.AuditAction;
import tandem.audit.AuditEvent;
import tandem.audit.AuditLog;

/**
 * Outcomes in the manner of SafeLives Insights (domain.md §3.2): at intake and again at exit, the risk level, how
 * often each of the four kinds of abuse happens (NONE at exit means it stopped), and the victim's own scores for
 * feeling safe, wellbeing and quality of life. Recording a stage again replaces it.
 */
@Service
class Outcomes {

	enum Stage {
		INTAKE, EXIT
	}

	enum Frequency {

		NONE("Not at all"), ONCE("Once"), MONTHLY("About monthly"), WEEKLY("About weekly"), DAILY("Daily");

		private final String label;

		Frequency(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

		static Map<String, String> options() {
			Map<String, String> options = new LinkedHashMap<>();
			for (Frequency frequency : values()) {
				options.put(frequency.name(), frequency.label);
			}
			return options;
		}

	}

	/** Scores are 0 (worst) to 10 (best), as the victim gives them. */
	record Outcome(String riskLevel, Frequency physical, Frequency sexual, Frequency harassmentStalking,
			Frequency jealousControlling, int feelsSafe, int wellbeing, int qualityOfLife) {
	}

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	Outcomes(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	Map<Stage, Outcome> of(UUID supportCaseId) {
		Map<Stage, Outcome> outcomes = new EnumMap<>(Stage.class);
		this.jdbc.sql("select * from support_outcome where support_case_id = :id")
			.param("id", supportCaseId)
			.query((rs, row) -> Map.entry(Stage.valueOf(rs.getString("stage")),
					new Outcome(rs.getString("risk_level"), Frequency.valueOf(rs.getString("physical")),
							Frequency.valueOf(rs.getString("sexual")),
							Frequency.valueOf(rs.getString("harassment_stalking")),
							Frequency.valueOf(rs.getString("jealous_controlling")), rs.getInt("feels_safe"),
							rs.getInt("wellbeing"), rs.getInt("quality_of_life"))))
			.list()
			.forEach(entry -> outcomes.put(entry.getKey(), entry.getValue()));
		return outcomes;
	}

	/** The outcomes as a worker reads them to change them: a read of the victim's own answers, so audited. */
	@Transactional
	public Map<Stage, Outcome> read(Actor actor, SupportCase supportCase) {
		this.audit.record(AuditEvent.success(actor.asAuditActor(), AuditAction.VIEW, "support-outcome",
				supportCase.id()).inCase(supportCase.caseId()));
		return of(supportCase.id());
	}

	@Transactional
	public void record(Actor actor, SupportCase supportCase, Stage stage, Outcome outcome) {
		this.jdbc.sql("""
				insert into support_outcome (support_case_id, stage, risk_level, physical, sexual, harassment_stalking,
				    jealous_controlling, feels_safe, wellbeing, quality_of_life, recorded_at)
				values (:id, :stage, :risk, :physical, :sexual, :harassment, :controlling, :safe, :wellbeing, :quality,
				    :now)
				on conflict (support_case_id, stage) do update set risk_level = excluded.risk_level,
				    physical = excluded.physical, sexual = excluded.sexual,
				    harassment_stalking = excluded.harassment_stalking, jealous_controlling = excluded.jealous_controlling,
				    feels_safe = excluded.feels_safe, wellbeing = excluded.wellbeing,
				    quality_of_life = excluded.quality_of_life, recorded_at = excluded.recorded_at
				""")
			.param("id", supportCase.id()).param("stage", stage.name()).param("risk", outcome.riskLevel())
			.param("physical", outcome.physical().name()).param("sexual", outcome.sexual().name())
			.param("harassment", outcome.harassmentStalking().name())
			.param("controlling", outcome.jealousControlling().name()).param("safe", outcome.feelsSafe())
			.param("wellbeing", outcome.wellbeing()).param("quality", outcome.qualityOfLife())
			.param("now", Timestamp.from(Instant.now(this.clock)))
			.update();
		this.audit.record(AuditEvent.success(actor.asAuditActor(), AuditAction.CHANGE, "support-case", supportCase.id())
			.inCase(supportCase.caseId()).withDetail("outcomes at " + stage.name().toLowerCase(java.util.Locale.UK)));
	}

}
