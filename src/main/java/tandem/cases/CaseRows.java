package tandem.cases;

import java.util.Collection;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tandem.cases.CaseFile.CaseParty;
import tandem.cases.CaseFile.InvolvedAgency;
import tandem.risk.RiskLevel;

/**
 * The writes a referral makes to a case, in plain SQL: they run on every referral, and saving the whole aggregate
 * would rewrite every party and agency row of the case each time (ADR 0045). Reads and rarer changes keep to
 * {@link CaseFiles}; both honour the aggregate's version, so neither overwrites the other unnoticed.
 */
@Component
class CaseRows {

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	CaseRows(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	void insert(CaseFile file) {
		this.jdbc.sql("""
				insert into case_file (id, reference, area_id, opened_on, closed_on, restricted, risk_level)
				values (:id, :reference, :area, :openedOn, :closedOn, :restricted, :riskLevel)
				""")
			.param("id", file.id())
			.param("reference", file.reference())
			.param("area", file.areaId())
			.param("openedOn", file.openedOn())
			.param("closedOn", file.closedOn())
			.param("restricted", file.restricted())
			.param("riskLevel", file.riskLevel() == null ? null : file.riskLevel().name())
			.update();
		addParties(file.id(), file.parties());
		addAgencies(file.id(), file.agencies());
	}

	/**
	 * Sets the case's risk level and takes its version forward, which also locks the row until the transaction ends:
	 * a concurrent referral of the same pair waits here rather than interleaving its additions.
	 *
	 * @return the case's reference
	 * @throws OptimisticLockingFailureException when the case was closed after it was found open
	 */
	String takeRiskLevelOfOpenCase(UUID caseId, RiskLevel level) {
		return this.jdbc.sql("""
				update case_file set risk_level = :level, version = version + 1
				where id = :id and closed_on is null
				returning reference
				""")
			.param("level", level.name())
			.param("id", caseId)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new OptimisticLockingFailureException(
					"The case was closed while a referral was being added to it"));
	}

	/** Adds the parties the case does not have yet; those it has keep their recorded relationship. */
	void addParties(UUID caseId, Collection<CaseParty> parties) {
		if (parties.isEmpty()) {
			return;
		}
		this.batch.batchUpdate("""
				insert into case_party (case_id, person_id, role, relationship) values (?, ?, ?, ?)
				on conflict do nothing
				""", parties, parties.size(), (statement, party) -> {
			statement.setObject(1, caseId);
			statement.setObject(2, party.personId());
			statement.setString(3, party.role().name());
			statement.setString(4, party.relationship());
		});
	}

	/** Brings in the agencies not yet involved; those involved keep the date they were first involved. */
	void addAgencies(UUID caseId, Collection<InvolvedAgency> agencies) {
		if (agencies.isEmpty()) {
			return;
		}
		this.batch.batchUpdate("""
				insert into case_agency (case_id, agency_id, involved_since) values (?, ?, ?)
				on conflict do nothing
				""", agencies, agencies.size(), (statement, agency) -> {
			statement.setObject(1, caseId);
			statement.setObject(2, agency.agencyId());
			statement.setObject(3, agency.involvedSince());
		});
	}

}
