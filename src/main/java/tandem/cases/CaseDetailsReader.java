package tandem.cases;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tandem.cases.CaseFile.CaseParty;
import tandem.person.PersonDetails;
import tandem.person.PersonRecords;

/** Turns a case aggregate into what its page and API show: people's details and the names of area and agencies. */
@Component
class CaseDetailsReader {

	private final PersonRecords people;

	private final JdbcClient jdbc;

	CaseDetailsReader(PersonRecords people, JdbcClient jdbc) {
		this.people = people;
		this.jdbc = jdbc;
	}

	CaseDetails details(CaseFile file) {
		Map<UUID, PersonDetails> persons = this.people
			.details(file.parties().stream().map(CaseParty::personId).toList());
		Area area = this.jdbc.sql("select code, name from area where id = :id")
			.param("id", file.areaId())
			.query((rs, row) -> new Area(rs.getString("code"), rs.getString("name")))
			.single();
		List<CaseDetails.Agency> agencies = this.jdbc.sql("""
				select g.code, g.name from case_agency ca join agency g on g.id = ca.agency_id
				where ca.case_id = :caseId order by g.name
				""")
			.param("caseId", file.id())
			.query((rs, row) -> new CaseDetails.Agency(rs.getString("code"), rs.getString("name")))
			.list();
		List<CaseDetails.Party> victims = parties(file, PartyRole.VICTIM, persons);
		return new CaseDetails(file.id(), file.reference(), file.areaId(), area.code(), area.name(), file.openedOn(),
				file.closedOn(), file.restricted(), file.riskLevel(), victims.isEmpty() ? null : victims.getFirst(),
				parties(file, PartyRole.PERPETRATOR, persons), parties(file, PartyRole.CHILD, persons), agencies);
	}

	private static List<CaseDetails.Party> parties(CaseFile file, PartyRole role, Map<UUID, PersonDetails> persons) {
		return file.parties()
			.stream()
			.filter(party -> party.role() == role && persons.containsKey(party.personId()))
			.map(party -> new CaseDetails.Party(persons.get(party.personId()), party.relationship()))
			.sorted(Comparator.comparing(party -> party.person().fullName()))
			.toList();
	}

	private record Area(String code, String name) {
	}

}
