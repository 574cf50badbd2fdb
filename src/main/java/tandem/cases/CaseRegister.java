package tandem.cases;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tandem.Ids;
import tandem.cases.CaseFile.CaseParty;
import tandem.cases.CaseFile.InvolvedAgency;
import tandem.risk.RiskLevel;

/**
 * Opens cases and adds to them, for the use cases that create them (a referral). A victim and perpetrator pair is the
 * case's key: a further referral of the same pair joins their open case; a new perpetrator means a new case. Runs
 * inside the caller's transaction, which audits it.
 */
@Service
public class CaseRegister {

	private final CaseFiles cases;

	private final CaseRows rows;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	CaseRegister(CaseFiles cases, CaseRows rows, JdbcClient jdbc, ApplicationEventPublisher events) {
		this.cases = cases;
		this.rows = rows;
		this.jdbc = jdbc;
		this.events = events;
	}

	/** The reference and id of a case just opened or added to. */
	public record RegisteredCase(UUID id, String reference, boolean opened) {
	}

	/**
	 * The most recently opened open case in which this victim and one of these perpetrators are parties, each named
	 * by any of their records: pass every record of each person (records combined into one person name them all).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<UUID> openCaseOf(Collection<UUID> victimRecords, Collection<UUID> perpetratorRecords) {
		if (perpetratorRecords.isEmpty()) {
			return Optional.empty();
		}
		return this.jdbc.sql("""
				select c.id from case_file c
				join case_party v on v.case_id = c.id and v.role = 'VICTIM' and v.person_id in (:victim)
				join case_party p on p.case_id = c.id and p.role = 'PERPETRATOR' and p.person_id in (:perpetrators)
				where c.closed_on is null
				order by c.opened_on desc, c.created_at desc
				limit 1
				""")
			.param("victim", victimRecords)
			.param("perpetrators", perpetratorRecords)
			.query(UUID.class)
			.optional();
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public RegisteredCase open(NewCase opening) {
		Set<CaseParty> parties = new HashSet<>();
		parties.add(new CaseParty(opening.victimId(), PartyRole.VICTIM, null));
		opening.perpetrators().forEach(p -> parties.add(new CaseParty(p.personId(), PartyRole.PERPETRATOR, p.relationship())));
		opening.childIds().forEach(child -> parties.add(new CaseParty(child, PartyRole.CHILD, null)));
		String reference = nextReference(opening.areaCode(), opening.openedOn());
		CaseFile file = new CaseFile(Ids.next(), reference, opening.areaId(), opening.openedOn(), null, false,
				opening.riskLevel(), parties, involved(opening.agencyIds(), opening.openedOn()), Set.of(), null);
		this.rows.insert(file);
		this.events.publishEvent(new CasePartiesAdded(file.id()));
		return new RegisteredCase(file.id(), reference, true);
	}

	/**
	 * Adds what a further referral brings to an open case: perpetrators and children not yet on it, agencies not yet
	 * involved, and the risk level of the newest assessment.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public RegisteredCase addTo(UUID caseId, NewCase addition) {
		String reference = this.rows.takeRiskLevelOfOpenCase(caseId, addition.riskLevel());
		Set<CaseParty> parties = new HashSet<>();
		addition.perpetrators()
			.forEach(p -> parties.add(new CaseParty(p.personId(), PartyRole.PERPETRATOR, p.relationship())));
		addition.childIds().forEach(child -> parties.add(new CaseParty(child, PartyRole.CHILD, null)));
		this.rows.addParties(caseId, parties);
		this.rows.addAgencies(caseId, involved(addition.agencyIds(), addition.openedOn()));
		this.events.publishEvent(new CasePartiesAdded(caseId));
		return new RegisteredCase(caseId, reference, false);
	}

	/** A reassessment's level becomes the case's: the newest assessment says where the risk stands now. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordRiskLevel(UUID caseId, RiskLevel level) {
		CaseFile file = this.cases.findById(caseId).orElseThrow();
		this.cases.save(file.withRiskLevel(level));
	}

	/**
	 * Involves an agency in a case from the given day, e.g. a service that has accepted an onward referral and now
	 * works the case. Nothing changes if it is already involved.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void involve(UUID caseId, UUID agencyId, LocalDate since) {
		this.rows.addAgencies(caseId, Set.of(new InvolvedAgency(agencyId, since)));
	}

	/**
	 * A MARAC-to-MARAC transfer: the case now belongs to the receiving area, whose agencies given here (its IDVA
	 * service) become involved. The sending area's agencies stay involved until they close their part.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void transferToArea(UUID caseId, UUID areaId, Set<UUID> agencyIds, LocalDate since) {
		this.jdbc.sql("update case_file set area_id = :area, version = version + 1 where id = :id")
			.param("area", areaId).param("id", caseId)
			.update();
		this.rows.addAgencies(caseId, involved(agencyIds, since));
	}

	private static Set<InvolvedAgency> involved(Set<UUID> agencyIds, LocalDate since) {
		Set<InvolvedAgency> involved = new HashSet<>();
		agencyIds.forEach(agency -> involved.add(new InvolvedAgency(agency, since)));
		return involved;
	}

	private String nextReference(String areaCode, LocalDate openedOn) {
		long number = this.jdbc.sql("select nextval('case_reference_seq')").query(Long.class).single();
		return CaseReference.of(areaCode, openedOn.getYear(), number);
	}

}
