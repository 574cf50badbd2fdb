package tandem.reporting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps {@code report_monthly_count} up to date: a catch-up recalculates, for each measure, the months that hold a
 * fact of it written since the last one; a rebuild recalculates everything. Whole months are recalculated, so running either twice, or
 * overlapping, gives the same counts.
 */
@Service
public class ReportRefresh {

	/**
	 * How far back a catch-up looks before the last one started: a referral whose transaction began before then but
	 * committed after it is still taken in.
	 */
	private static final Duration OVERLAP = Duration.ofMinutes(10);

	private final JdbcClient jdbc;

	private final Measures measures;

	private final Clock clock;

	ReportRefresh(JdbcClient jdbc, Measures measures, Clock clock) {
		this.jdbc = jdbc;
		this.measures = measures;
		this.clock = clock;
	}

	Optional<Freshness> freshness() {
		return this.jdbc.sql("select refreshed_at, full_rebuild_at from report_refresh")
			.query((rs, row) -> new Freshness(rs.getTimestamp("refreshed_at").toInstant(),
					rs.getTimestamp("full_rebuild_at").toInstant()))
			.optional();
	}

	/** @return the number of months recalculated (all of them, the first time) */
	@Transactional
	public int catchUp() {
		lock();
		Instant started = Instant.now(this.clock);
		Optional<Instant> since = this.jdbc.sql("select included_up_to from report_refresh")
			.query((rs, row) -> rs.getTimestamp(1).toInstant())
			.optional();
		if (since.isEmpty()) {
			return rebuildLocked(started);
		}
		// Each measure recounts only the months its own records changed in, as runs of consecutive months in one
		// statement each; measures that find their months the same way ask once.
		Map<String, List<LocalDate>> changedBySql = new HashMap<>();
		TreeSet<LocalDate> recounted = new TreeSet<>();
		for (Measure measure : this.measures.all()) {
			List<LocalDate> changed = changedBySql.computeIfAbsent(measure.changedMonthsSql(),
					sql -> this.jdbc.sql(sql)
						.param("since", java.sql.Timestamp.from(since.get()))
						.query(LocalDate.class)
						.list());
			for (MonthRun run : MonthRun.of(changed)) {
				recalculate(measure, run.from(), run.to());
			}
			recounted.addAll(changed);
		}
		this.jdbc.sql("update report_refresh set refreshed_at = :now, included_up_to = :upTo")
			.param("now", java.sql.Timestamp.from(started))
			.param("upTo", java.sql.Timestamp.from(started.minus(OVERLAP)))
			.update();
		return recounted.size();
	}

	@Transactional
	public int rebuild() {
		lock();
		return rebuildLocked(Instant.now(this.clock));
	}

	private int rebuildLocked(Instant started) {
		LocalDate from = LocalDate.of(1900, 1, 1);
		LocalDate to = LocalDate.of(2200, 1, 1);
		for (Measure measure : this.measures.all()) {
			recalculate(measure, from, to);
		}
		this.jdbc.sql("""
				insert into report_refresh (id, refreshed_at, included_up_to, full_rebuild_at)
				values (true, :now, :upTo, :now)
				on conflict (id) do update set refreshed_at = excluded.refreshed_at,
				    included_up_to = excluded.included_up_to, full_rebuild_at = excluded.full_rebuild_at
				""")
			.param("now", java.sql.Timestamp.from(started))
			.param("upTo", java.sql.Timestamp.from(started.minus(OVERLAP)))
			.update();
		return this.jdbc.sql("select count(distinct month) from report_monthly_count").query(Integer.class).single();
	}

	private void recalculate(Measure measure, LocalDate from, LocalDate to) {
		this.jdbc.sql("delete from report_monthly_count where measure = :measure and month >= :from and month < :to")
			.param("measure", measure.id())
			.param("from", from)
			.param("to", to)
			.update();
		String categories = measure.breakdowns()
			.stream()
			.map(breakdown -> "('" + breakdown.key() + "', " + breakdown.sql() + ")")
			.collect(Collectors.joining(",\n"));
		this.jdbc.sql("""
				insert into report_monthly_count (measure, breakdown, category, month, area_id, amount)
				select :measure, b.breakdown, b.category, date_trunc('month', f.occurred_on)::date, f.area_id,
				       sum(f.weight)
				from (%s) f
				cross join lateral (values %s) as b (breakdown, category)
				where f.occurred_on >= :from and f.occurred_on < :to
				group by b.breakdown, b.category, date_trunc('month', f.occurred_on)::date, f.area_id
				having sum(f.weight) <> 0
				""".formatted(measure.factSql(), categories))
			.param("measure", measure.id())
			.param("from", from)
			.param("to", to)
			.update();
	}

	/** Refreshes queue behind each other (the scheduled one, and one an analyst or a test asks for). */
	private void lock() {
		this.jdbc.sql("select 1 from (select pg_advisory_xact_lock(hashtextextended('tandem-report-refresh', 0))) l")
			.query(Integer.class)
			.single();
	}

}
