package tandem.reporting;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.agency.Actor;
import tandem.audit.AuditAction;
import tandem.audit.AuditEvent;
import tandem.audit.AuditLog;

/**
 * A table as CSV. A download leaves Tandem, so it is always suppressed as for publication, and it is recorded as a
 * disclosure of the partnership's data.
 */
@Service
class ReportExport {

	private final FigureTables tables;

	private final ReportSettings settings;

	private final AuditLog audit;

	ReportExport(FigureTables tables, ReportSettings settings, AuditLog audit) {
		this.tables = tables;
		this.settings = settings;
		this.audit = audit;
	}

	/** @param wholePeriod one column for the whole period rather than one per quarter */
	@Transactional
	public String csv(Actor actor, Figure figure, Breakdown breakdown, ReportScope scope, boolean wholePeriod) {
		List<Span> spans = wholePeriod ? List.of(Span.of(scope.period())) : scope.quarterSpans();
		PublishedTable table = this.tables.table(figure, breakdown, scope.areaId(), spans, this.settings.suppressBelow());
		this.audit.record(AuditEvent.success(actor.asAuditActor(), AuditAction.EXPORT, "report-table", figure.id())
			.withDetail("CSV of " + figure.id() + " by " + breakdown.key() + ", " + scope.areaName() + ", "
					+ scope.period().label() + ", small numbers suppressed"));
		return Csv.of(table);
	}

}
