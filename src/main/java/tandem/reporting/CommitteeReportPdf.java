package tandem.reporting;

import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.agency.Actor;
import tandem.audit.AuditAction;
import tandem.audit.AuditEvent;
import tandem.audit.AuditLog;
import tandem.web.PdfDocuments;

/** The committee report as a PDF: a download that leaves Tandem, so it is recorded as a disclosure. */
@Service
class CommitteeReportPdf {

	private final CommitteeReports reports;

	private final PdfDocuments pdfs;

	private final AuditLog audit;

	CommitteeReportPdf(CommitteeReports reports, PdfDocuments pdfs, AuditLog audit) {
		this.reports = reports;
		this.pdfs = pdfs;
		this.audit = audit;
	}

	@Transactional
	public byte[] render(Actor actor, ReportScope scope) {
		byte[] pdf = this.pdfs.render("reporting/committee-print", Map.of("report", this.reports.report(scope)));
		this.audit.record(AuditEvent.success(actor.asAuditActor(), AuditAction.EXPORT, "committee-report", null)
			.withDetail("PDF, " + scope.areaName() + ", " + scope.period().label() + ", small numbers suppressed"));
		return pdf;
	}

}
