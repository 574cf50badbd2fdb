package tandem.alerts;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.agency.Actor;
import tandem.agency.AreaDirectory;
import tandem.agency.AreaDirectory.AreaContacts;
import tandem.alerts.Alerts.Alert;
import tandem.audit.AuditAction;
import tandem.audit.AuditEvent;
import tandem.audit.AuditLog;
import tandem.person.PersonRecords;

/**
 * Shows a coordinator their own area's open alerts, and those acknowledged lately, worked out afresh from the person's cases so that what is shown is
 * what holds now, and audits the viewing.
 */
@Service
class AlertViews {

	private final Alerts alerts;

	private final PersonRecords people;

	private final PersonCaseLinks links;

	private final AreaDirectory areas;

	private final AuditLog audit;

	private final Clock clock;

	AlertViews(Alerts alerts, PersonRecords people, PersonCaseLinks links, AreaDirectory areas, AuditLog audit,
			Clock clock) {
		this.clock = clock;
		this.alerts = alerts;
		this.people = people;
		this.links = links;
		this.areas = areas;
		this.audit = audit;
	}

	/** How far back the alert list shows acknowledged alerts: a quarter, the span of a MARAC's reporting. */
	static final Period ACKNOWLEDGED_SHOWN = Period.ofDays(90);

	/** The area's open alerts and those acknowledged lately. */
	record AlertList(List<AlertView> open, List<AlertView> acknowledged) {
	}

	/** @param where the page it is shown on, for the audit trail */
	@Transactional
	List<AlertView> openFor(Actor actor, String where) {
		UUID area = actor.agency().areaId();
		List<AlertView> shown = open(area);
		this.audit.record(AuditEvent.success(actor.asAuditActor(), AuditAction.VIEW, "person-alert-list", area)
			.withDetail(where + ", " + shown.size() + " open alerts"));
		return shown;
	}

	/** The alert list page: open alerts, then those acknowledged in the last {@link #ACKNOWLEDGED_SHOWN}. */
	@Transactional
	AlertList listFor(Actor actor) {
		UUID area = actor.agency().areaId();
		Instant since = this.clock.instant().atZone(this.clock.getZone()).minus(ACKNOWLEDGED_SHOWN).toInstant();
		AlertList shown = new AlertList(open(area), this.alerts.acknowledgedIn(area, since)
			.stream()
			.map(done -> view(done.alert(), area,
					new AlertView.Acknowledgement(done.alert().acknowledgedAt(), done.by(), done.note())))
			.toList());
		this.audit.record(AuditEvent.success(actor.asAuditActor(), AuditAction.VIEW, "person-alert-list", area)
			.withDetail("alert list, " + shown.open().size() + " open alerts, " + shown.acknowledged().size()
					+ " acknowledged"));
		return shown;
	}

	private List<AlertView> open(UUID area) {
		return this.alerts.openIn(area).stream().map(alert -> view(alert, area, null)).toList();
	}

	private AlertView view(Alert alert, UUID area, AlertView.@Nullable Acknowledgement acknowledged) {
		List<CaseLink> asKind = this.links.of(this.people.sameAs(alert.personId()))
			.stream()
			.filter(link -> link.kind() == alert.kind())
			.toList();
		List<CaseLink> own = asKind.stream().filter(link -> link.areaId().equals(area)).toList();
		List<AreaContacts> elsewhere = asKind.stream()
			.map(CaseLink::areaId)
			.filter(other -> !other.equals(area))
			.distinct()
			.map(this.areas::contacts)
			.sorted(Comparator.comparing(AreaContacts::areaName))
			.toList();
		return new AlertView(alert.id(), alert.kind(), alert.raisedAt(),
				own.stream().filter(link -> !link.restricted()).map(CaseLink::reference).distinct().sorted().toList(),
				(int) own.stream().filter(CaseLink::restricted).count(), elsewhere, acknowledged);
	}

}
