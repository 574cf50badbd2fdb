package tandem.risk;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import tandem.Ids;

/**
 * Every risk assessment on a case, with the tool and version it was made with, so the case shows how risk has moved
 * over time. Reads are for callers behind the case gate, which has decided need to know and audited the view.
 */
@Service
public class RiskHistory {

	/** The tool and version every Dash assessment in Tandem records. */
	public static final String DASH_TOOL = "SafeLives Dash risk checklist";

	public static final String DASH_VERSION = "2015";

	/** The police tool that replaces the Dash for frontline officers (College of Policing, November 2022). */
	public static final String DARA_TOOL = "College of Policing DARA";

	public static final String DARA_VERSION = "2022";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	RiskHistory(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * What the checklist's numbers do not say: who gave an answer when it was not the victim, and the victim's own
	 * view of their risk.
	 */
	public record DashAccount(Map<DashQuestion, String> sources, @Nullable String victimView) {

		public static final DashAccount NONE = new DashAccount(Map.of(), null);

		public DashAccount {
			EnumMap<DashQuestion, String> copy = new EnumMap<>(DashQuestion.class);
			copy.putAll(sources);
			sources = Collections.unmodifiableMap(copy);
		}

	}

	/** Who assessed and when; the referral it came with, if any. */
	public record Assessor(UUID caseId, @Nullable UUID referralId, LocalDate assessedOn, UUID agencyId,
			@Nullable UUID userId) {
	}

	/** One assessment as the case page lists it. */
	public record Entry(LocalDate assessedOn, String agencyName, String tool, String toolVersion,
			@Nullable Integer yesCount, @Nullable Integer answered, boolean visibleHighRisk, boolean professionalJudgement,
			boolean potentialEscalation, boolean repeat, RiskLevel riskLevel, List<String> reasons) {

		public Entry {
			reasons = List.copyOf(reasons);
		}

	}

	/**
	 * Records an assessment: a Dash with its answers, or a DARA grading (the tool recorded is the one the input
	 * was made with; a DARA assessment keeps no checklist).
	 */
	public void record(Assessor assessor, RiskInput input, DashAccount account, RiskAssessment assessment,
			Instant at) {
		boolean dara = input.daraGrading() != null;
		this.jdbc.sql("""
				insert into risk_assessment (id, case_id, referral_id, assessed_on, assessor_agency_id, assessor_user_id,
				                             tool, tool_version, answers, answer_sources, yes_count, answered, unknown_answers,
				                             police_callouts, professional_judgement, judgement_reason, victim_view,
				                             visible_high_risk, potential_escalation, repeat_referral,
				                             meets_marac_threshold, risk_level, reasons, created_at, dara_grading)
				values (:id, :case, :referral, :on, :agency, :user, :tool, :version, cast(:answers as jsonb),
				        cast(:sources as jsonb), :yes, :answered, :unknown, :callouts, :judgement, :reason, :view,
				        :visible, :escalation, :repeat, :meets, :level, :reasons, :at, :dara)
				""")
			.param("id", Ids.next()).param("case", assessor.caseId()).param("referral", assessor.referralId())
			.param("on", assessor.assessedOn()).param("agency", assessor.agencyId()).param("user", assessor.userId())
			.param("tool", dara ? DARA_TOOL : DASH_TOOL).param("version", dara ? DARA_VERSION : DASH_VERSION)
			.param("answers", dara ? null : answersJson(input.dash()))
			.param("dara", dara ? input.daraGrading().name() : null)
			.param("sources", sourcesJson(account)).param("view", account.victimView())
			.param("yes", dara ? null : assessment.yesCount()).param("answered", dara ? null : assessment.answered())
			.param("unknown", dara ? null : assessment.unknownAnswers()).param("callouts", input.policeCalloutsLast12Months())
			.param("judgement", input.judgement().applies()).param("reason", input.judgement().reason())
			.param("visible", assessment.criteria().visibleHighRisk())
			.param("escalation", assessment.criteria().potentialEscalation())
			.param("repeat", assessment.criteria().repeat()).param("meets", assessment.meetsMaracThreshold())
			.param("level", assessment.riskLevel().name()).param("reasons", assessment.reasons().toArray(String[]::new))
			.param("at", Timestamp.from(at))
			.update();
	}

	/** The case's assessments, oldest first: the trend reads left to right, as time does. */
	public List<Entry> forCase(UUID caseId) {
		return this.jdbc.sql("""
				select a.assessed_on, g.name, a.tool, a.tool_version, a.yes_count, a.answered, a.visible_high_risk,
				       a.professional_judgement, a.potential_escalation, a.repeat_referral, a.risk_level, a.reasons
				from risk_assessment a join agency g on g.id = a.assessor_agency_id
				where a.case_id = :case
				order by a.assessed_on, a.created_at
				""")
			.param("case", caseId)
			.query((rs, row) -> new Entry(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3),
					rs.getString(4), rs.getObject(5, Integer.class), rs.getObject(6, Integer.class), rs.getBoolean(7),
					rs.getBoolean(8), rs.getBoolean(9), rs.getBoolean(10), RiskLevel.valueOf(rs.getString(11)),
					List.of((String[]) rs.getArray(12).getArray())))
			.list();
	}

	private String sourcesJson(DashAccount account) {
		Map<String, String> byKey = new LinkedHashMap<>();
		account.sources().forEach((question, source) -> byKey.put(question.key(), source));
		return this.json.writeValueAsString(byKey);
	}

	private static String answersJson(DashChecklist dash) {
		StringBuilder json = new StringBuilder("{");
		for (DashQuestion question : DashQuestion.values()) {
			json.append(question.number() > 1 ? "," : "").append('"').append(question.key()).append("\":\"")
				.append(dash.answer(question).name()).append('"');
		}
		return json.append('}').toString();
	}

}
