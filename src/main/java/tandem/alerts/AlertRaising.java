package tandem.alerts;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tandem.alerts.Alerts.Alert;
import tandem.audit.AuditAction;
import tandem.audit.AuditEvent;
import tandem.audit.AuditLog;
import tandem.cases.CasePartiesAdded;
import tandem.person.PeopleCombined;
import tandem.person.PeopleSeparated;
import tandem.person.PersonRecords;

/**
 * Looks again at a person whenever their cases or their records change, in the transaction that changed them, and
 * raises an alert for every area a finding concerns that has none open (doc/adr/0105). An open alert takes in the
 * newer cases; an acknowledged one is raised again only when the finding covers a case it did not.
 */
@Service
class AlertRaising {

	private final PersonRecords people;

	private final PersonCaseLinks links;

	private final Alerts alerts;

	private final AlertNotice notice;

	private final AuditLog audit;

	private final Clock clock;

	AlertRaising(PersonRecords people, PersonCaseLinks links, Alerts alerts, AlertNotice notice, AuditLog audit,
			Clock clock) {
		this.people = people;
		this.links = links;
		this.alerts = alerts;
		this.notice = notice;
		this.audit = audit;
		this.clock = clock;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(CasePartiesAdded added) {
		List<Set<UUID>> people = this.people.sameAs(this.links.peopleOf(added.caseId())).values().stream().distinct().toList();
		this.alerts.lockPeople(people);
		// One read for the victim and every perpetrator, shared out person by person.
		List<CaseLink> links = this.links.of(people.stream().flatMap(Set::stream).toList());
		for (Set<UUID> records : people) {
			lookAt(records, links.stream().filter(link -> records.contains(link.personId())).toList());
		}
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(PeopleCombined combined) {
		Set<UUID> person = this.people.sameAs(combined.kept());
		this.alerts.lockPeople(List.of(person));
		lookAt(person);
	}

	/**
	 * An open alert whose finding no longer holds once the records are apart existed only because of the combination:
	 * it is withdrawn. One that still holds keeps only the cases that are still this person's.
	 */
	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(PeopleSeparated separated) {
		Set<UUID> kept = this.people.sameAs(separated.kept());
		Set<UUID> apart = this.people.sameAs(separated.separated());
		this.alerts.lockPeople(List.of(kept, apart));
		Set<UUID> records = new HashSet<>(kept);
		records.addAll(apart);
		for (Alert alert : this.alerts.openAbout(records)) {
			Optional<Finding> still = Finding.in(this.links.of(this.people.sameAs(alert.personId())), alert.kind(),
					alert.areaId());
			if (still.isPresent()) {
				this.alerts.cover(alert.id(), still.get().caseIds());
			}
			else {
				this.alerts.withdraw(alert.id(), Instant.now(this.clock));
				this.audit.record(AuditEvent.success(AlertNotice.RAISER, AuditAction.CHANGE, "person-alert", alert.id())
					.withDetail("withdrawn: the records it was raised on were separated"));
			}
		}
		lookAt(kept);
		lookAt(apart);
	}

	/** @param records every record of one person, whose lock the caller holds */
	private void lookAt(Set<UUID> records) {
		lookAt(records, this.links.of(records));
	}

	/** @param found the cases the person's records are victim or perpetrator in */
	private void lookAt(Set<UUID> records, List<CaseLink> found) {
		for (Finding finding : Finding.in(found)) {
			for (UUID area : finding.areas()) {
				Optional<Alert> latest = this.alerts.latest(area, finding.kind(), records);
				if (latest.isPresent() && latest.get().open()) {
					if (!latest.get().caseIds().containsAll(finding.caseIds())) {
						this.alerts.cover(latest.get().id(), finding.caseIds());
					}
				}
				else if (latest.isEmpty() || latest.get().withdrawnAt() != null
						|| !latest.get().caseIds().containsAll(finding.caseIds())) {
					this.notice.raise(area, recordIn(found, finding.kind(), area), finding);
				}
			}
		}
	}

	/** The area's own record of the person: the one its coordinators know from their case. */
	private static UUID recordIn(List<CaseLink> found, AlertKind kind, UUID area) {
		return found.stream()
			.filter(link -> link.kind() == kind && link.areaId().equals(area))
			.map(CaseLink::personId)
			.findFirst()
			.orElseThrow();
	}

}
