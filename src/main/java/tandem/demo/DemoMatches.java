package tandem.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tandem.Ids;
import tandem.matching.MatchEngine;
import tandem.matching.MatchModel;
import tandem.matching.MatchProposals;
import tandem.matching.PersonRecord;

/**
 * One probable match for the coordinators' review queue: a perpetrator of the north has moved on, and the south holds
 * him in a case of its own under a record whose date of birth has day and month the other way round. The engine
 * scores the pair and it is proposed as a referral would propose it.
 */
@Component
class DemoMatches {

	private final JdbcClient jdbc;

	private final MatchProposals proposals;

	DemoMatches(JdbcClient jdbc, MatchProposals proposals) {
		this.jdbc = jdbc;
		this.proposals = proposals;
	}

	void write(UUID northId, UUID southId) {
		Known north = this.jdbc.sql("""
				select p.id, p.given_name, p.family_name, p.date_of_birth, p.gender from case_file c
				join case_party cp on cp.case_id = c.id and cp.role = 'PERPETRATOR' join person p on p.id = cp.person_id
				where c.area_id = :area and c.closed_on is null and not c.restricted
				order by c.reference, p.id limit 1
				""").param("area", northId).query(Known.class).single();
		UUID southCase = this.jdbc.sql("""
				select id from case_file where area_id = :area and closed_on is null and not restricted
				order by reference limit 1
				""").param("area", southId).query(UUID.class).single();
		LocalDate born = north.dateOfBirth();
		LocalDate transposed = born.getDayOfMonth() <= 12 && born.getDayOfMonth() != born.getMonthValue()
				? LocalDate.of(born.getYear(), born.getDayOfMonth(), born.getMonthValue()) : born.plusDays(1);
		Known south = new Known(Ids.next(), north.givenName(), north.familyName(), transposed, north.gender());
		this.jdbc.sql("""
				insert into person (id, given_name, family_name, date_of_birth, gender)
				values (:id, :given, :family, :born, :gender)
				""").param("id", south.id()).param("given", south.givenName()).param("family", south.familyName())
			.param("born", transposed).param("gender", south.gender()).update();
		this.jdbc.sql("""
				insert into case_party (case_id, person_id, role, relationship)
				values (:case, :person, 'PERPETRATOR', 'EX_PARTNER')
				""").param("case", southCase).param("person", south.id()).update();
		MatchEngine.Match match = MatchEngine.score(MatchModel.configured(), north.record(), south.record());
		this.proposals.propose(north.id(), south.id(), match.probability(), match.explanation(),
				MatchProposals.Source.REFERRAL);
	}

	record Known(UUID id, String givenName, String familyName, LocalDate dateOfBirth, @Nullable String gender) {

		PersonRecord record() {
			return new PersonRecord(this.id.toString(), List.of(new PersonRecord.Name(this.givenName, this.familyName)),
					this.dateOfBirth.getYear(), this.dateOfBirth.getMonthValue(), this.dateOfBirth.getDayOfMonth(),
					this.gender, null, null, null);
		}

	}

}
