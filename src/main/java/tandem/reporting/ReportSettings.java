package tandem.reporting;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.agency.Actor;
import tandem.audit.AuditAction;
import tandem.audit.AuditEvent;
import tandem.audit.AuditLog;

/** The analyst's settings: each area's adult female population, and the publication suppression threshold. */
@Service
class ReportSettings {

	private final JdbcClient jdbc;

	private final AuditLog audit;

	ReportSettings(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** Counts from 1 to this minus one are suppressed in anything published. */
	int suppressBelow() {
		return this.jdbc.sql("select suppress_below from report_setting").query(Integer.class).single();
	}

	Map<UUID, AreaPopulation> populations() {
		Map<UUID, AreaPopulation> populations = new HashMap<>();
		this.jdbc.sql("select area_id, adult_females, source from report_area_population")
			.query((rs, row) -> Map.entry(rs.getObject("area_id", UUID.class),
					new AreaPopulation(rs.getInt("adult_females"), rs.getString("source"))))
			.list()
			.forEach(entry -> populations.put(entry.getKey(), entry.getValue()));
		return populations;
	}

	@Transactional
	public void recordPopulation(Actor analyst, UUID areaId, int adultFemales, String source) {
		this.jdbc.sql("""
				insert into report_area_population (area_id, adult_females, source) values (:area, :people, :source)
				on conflict (area_id) do update set adult_females = excluded.adult_females, source = excluded.source,
				    version = report_area_population.version + 1
				""")
			.param("area", areaId)
			.param("people", adultFemales)
			.param("source", source)
			.update();
		this.audit.record(AuditEvent.success(analyst.asAuditActor(), AuditAction.CHANGE, "area-population", areaId)
			.withDetail("adult females " + adultFemales));
	}

	/** The area's recorded population shares for a breakdown, by category, in percent; empty when none. */
	Map<String, java.math.BigDecimal> shares(UUID areaId, Breakdown breakdown) {
		Map<String, java.math.BigDecimal> shares = new java.util.LinkedHashMap<>();
		this.jdbc.sql("select category, percent from report_population_share where area_id = ? and breakdown = ?")
			.params(areaId, breakdown.key())
			.query((rs, row) -> Map.entry(rs.getString(1), rs.getBigDecimal(2)))
			.list()
			.forEach(entry -> shares.put(entry.getKey(), entry.getValue()));
		return shares;
	}

	/** Replaces the area's shares for a breakdown with these (categories left out have none recorded). */
	@Transactional
	public void recordShares(Actor analyst, UUID areaId, Breakdown breakdown, Map<String, java.math.BigDecimal> shares,
			String source) {
		this.jdbc.sql("delete from report_population_share where area_id = ? and breakdown = ?")
			.params(areaId, breakdown.key())
			.update();
		shares.forEach((category, percent) -> this.jdbc.sql("""
				insert into report_population_share (area_id, breakdown, category, percent, source)
				values (?, ?, ?, ?, ?)
				""").params(areaId, breakdown.key(), category, percent, source).update());
		this.audit.record(AuditEvent.success(analyst.asAuditActor(), AuditAction.CHANGE, "area-population", areaId)
			.withDetail("population shares by " + breakdown.key()));
	}

	@Transactional
	public void changeSuppressBelow(Actor analyst, int suppressBelow) {
		this.jdbc.sql("update report_setting set suppress_below = :value, version = version + 1")
			.param("value", suppressBelow)
			.update();
		this.audit.record(AuditEvent.success(analyst.asAuditActor(), AuditAction.CHANGE, "report-setting", null)
			.withDetail("suppress counts below " + suppressBelow));
	}

}
