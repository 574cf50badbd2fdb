package tandem.risk;

import java.time.Period;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Each area's thresholds, or SafeLives' where the area has not set its own. */
@Service
public class AreaRiskThresholds {

	private final JdbcClient jdbc;

	AreaRiskThresholds(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public RiskThresholds forArea(UUID areaId) {
		return this.jdbc.sql("""
				select visible_high_risk_yes_count, medium_risk_yes_count, escalation_callouts, repeat_window_months,
				       repeat_definition
				from area_risk_thresholds where area_id = :area
				""")
			.param("area", areaId)
			.query((rs, row) -> new RiskThresholds(rs.getInt(1), rs.getInt(2), rs.getInt(3), Period.ofMonths(rs.getInt(4)),
					RepeatDefinition.valueOf(rs.getString(5))))
			.optional()
			.orElse(RiskThresholds.SAFELIVES_DEFAULTS);
	}

}
