package tandem.reporting;

import java.math.BigDecimal;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.agency.Actor;
import tandem.agency.AreaDirectory.AreaRef;
import tandem.audit.AuditAction;
import tandem.audit.AuditEvent;
import tandem.audit.AuditLog;

/**
 * The SafeLives MARAC data return of an area for a quarter, as a page and as the CSV sent to SafeLives. The CSV is
 * not suppressed: it is the partnership's submission to SafeLives, who publish only national totals, and per-meeting
 * counts under 5 are the norm (ADR 0110). It leaves Tandem, so it is recorded as a disclosure.
 */
@Service
class MaracReturns {

	/** The ONS 2021 groups SafeLives counts as Black, Asian or racially minoritised. */
	private static final Set<String> MINORITISED_GROUPS = Set.of("ASIAN", "BLACK", "MIXED", "OTHER");

	private final MaracReturnCounts counts;

	private final ReportSettings settings;

	private final AuditLog audit;

	MaracReturns(MaracReturnCounts counts, ReportSettings settings, AuditLog audit) {
		this.counts = counts;
		this.settings = settings;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	MaracReturn of(AreaRef area, Quarter quarter) {
		var shares = this.settings.shares(area.id(), Breakdown.ETHNIC_GROUP);
		BigDecimal minoritised = shares.isEmpty() ? null
				: shares.entrySet()
					.stream()
					.filter(share -> MINORITISED_GROUPS.contains(share.getKey()))
					.map(java.util.Map.Entry::getValue)
					.reduce(BigDecimal.ZERO, BigDecimal::add);
		return new MaracReturn(area, quarter, this.counts.meetings(area.id(), quarter.start(), quarter.end()),
				this.counts.casesHeard(area.id(), quarter.end().minusYears(1), quarter.end()),
				this.settings.populations().get(area.id()), minoritised);
	}

	@Transactional
	String csv(Actor actor, AreaRef area, Quarter quarter) {
		MaracReturn data = of(area, quarter);
		this.audit.record(AuditEvent.success(actor.asAuditActor(), AuditAction.EXPORT, "safelives-return", area.id())
			.withDetail("SafeLives MARAC data return CSV, " + area.code() + ", " + quarter.code()
					+ ", per-meeting counts not suppressed"));
		return Csv.of(MaracReturnTables.csv(data));
	}

}
