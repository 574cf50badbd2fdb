package tandem.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the pre-aggregated counts: never the referrals themselves. */
@Repository
class MonthlyCounts {

	/** One category's amount in one month (and, from {@link #byArea}, one area). */
	record Count(@Nullable UUID areaId, String category, LocalDate month, long amount) {
	}

	private final JdbcClient jdbc;

	MonthlyCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @param areaId one area, or null for the whole partnership */
	List<Count> byCategory(String measure, Breakdown breakdown, @Nullable UUID areaId, LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				select category, month, sum(amount) as amount from report_monthly_count
				where measure = :measure and breakdown = :breakdown and month >= :from and month < :to
				  and (cast(:area as uuid) is null or area_id = cast(:area as uuid))
				group by category, month
				""")
			.param("measure", measure)
			.param("breakdown", breakdown.key())
			.param("from", from)
			.param("to", to)
			.param("area", areaId)
			.query((rs, row) -> new Count(null, rs.getString("category"), rs.getObject("month", LocalDate.class),
					rs.getLong("amount")))
			.list();
	}

	/** Each area's total by month: for rates that need each area's own population. */
	List<Count> byArea(String measure, LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				select area_id, month, sum(amount) as amount from report_monthly_count
				where measure = :measure and breakdown = 'total' and month >= :from and month < :to
				group by area_id, month
				""")
			.param("measure", measure)
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> new Count(rs.getObject("area_id", UUID.class), "all",
					rs.getObject("month", LocalDate.class), rs.getLong("amount")))
			.list();
	}

}
