package tandem.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import tandem.Fixtures;
import tandem.Fixtures.AreaFixture;
import tandem.agency.Actor;
import tandem.agency.Role;
import tandem.cases.CaseFixtures;

/**
 * A probable pair across two areas for the review tests: the victim of a case in the home area, and a record of the
 * same woman spelt differently in a case of another area, with a coordinator in each area.
 */
@TestComponent
@Import(CaseFixtures.class)
class ReviewScenario {

	private final Fixtures fixtures;

	private final CaseFixtures cases;

	private final MatchProposals proposals;

	private final JdbcClient jdbc;

	ReviewScenario(Fixtures fixtures, CaseFixtures cases, MatchProposals proposals, JdbcClient jdbc) {
		this.fixtures = fixtures;
		this.cases = cases;
		this.proposals = proposals;
		this.jdbc = jdbc;
	}

	/**
	 * @param home the record in the home area's case
	 * @param other the record in the other area's case
	 */
	record Pair(AreaFixture homeArea, AreaFixture otherArea, Actor coordinator, Actor otherCoordinator,
			CaseFixtures.CreatedCase homeCase, CaseFixtures.CreatedCase otherCase, UUID home, UUID other,
			UUID proposal) {
	}

	Pair proposed() {
		AreaFixture homeArea = this.fixtures.area();
		AreaFixture otherArea = this.fixtures.area();
		String family = Fixtures.unique("Whitfield");
		UUID home = this.cases.aPerson().named("Katherine", family).alias("Kate", family)
			.contact("PHONE", "07700 900123", true, "Weekdays 9 to 12").create();
		UUID other = this.cases.aPerson().named("Kathryn", family).contact("ADDRESS", "1 Any Street", true, null)
			.create();
		CaseFixtures.CreatedCase homeCase = this.cases.aCase(homeArea.id()).victim(home).create();
		CaseFixtures.CreatedCase otherCase = this.cases.aCase(otherArea.id()).victim(other).create();
		this.proposals.propose(home, other, 0.97, "date of birth identical; given name is a known variant",
				MatchProposals.Source.REFERRAL);
		return new Pair(homeArea, otherArea, coordinatorOf(homeArea), coordinatorOf(otherArea), homeCase, otherCase,
				home, other, proposalOf(home, other));
	}

	/**
	 * A coordinator whose queue holds {@code pairs} pairs of one area's victim and her namesakes, oldest first; the
	 * newest pair is the most likely.
	 */
	LongQueue longQueue(int pairs) {
		AreaFixture area = this.fixtures.area();
		String family = Fixtures.unique("Marwood");
		UUID held = this.cases.aPerson().named("Rosalind", family).create();
		this.cases.aCase(area.id()).victim(held).create();
		List<UUID> queued = new ArrayList<>();
		for (int i = 0; i < pairs; i++) {
			UUID other = this.cases.aPerson().named("Rosalind", family).create();
			this.proposals.propose(held, other, i == pairs - 1 ? 0.99 : 0.9, "given and family names identical",
					MatchProposals.Source.BATCH);
			queued.add(proposalOf(held, other));
		}
		return new LongQueue(coordinatorOf(area), queued);
	}

	record LongQueue(Actor coordinator, List<UUID> proposals) {
	}

	Actor coordinatorOf(AreaFixture area) {
		return this.fixtures.user(this.fixtures.agency(area, "marac"), Role.COORDINATOR);
	}

	UUID proposalOf(UUID a, UUID b) {
		return this.jdbc.sql("""
				select id from match_proposal where (person_low, person_high) in ((:a, :b), (:b, :a))
				""").param("a", a).param("b", b).query(UUID.class).single();
	}

	/** Each row of the person, their aliases and contacts as PostgreSQL writes them out, to compare exactly. */
	List<String> rowsOf(UUID person) {
		return this.jdbc.sql("""
				select 'person ' || row_to_json(p)::text from person p where id = :id
				union all select 'alias ' || row_to_json(a)::text from person_alias a where person_id = :id
				union all select 'contact ' || row_to_json(c)::text from contact_detail c where person_id = :id
				order by 1
				""").param("id", person).query(String.class).list();
	}

	List<String> auditOf(Actor actor) {
		return this.jdbc.sql("""
				select action || ' ' || subject_type || ' ' || outcome from audit_event where actor_id = :actor order by id
				""").param("actor", actor.id()).query(String.class).list();
	}

}
