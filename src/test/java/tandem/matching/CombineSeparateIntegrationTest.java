package tandem.matching;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import tandem.Fixtures;
import tandem.SignedInAs;
import tandem.TandemIntegrationTest;
import tandem.agency.Actor;
import tandem.cases.CaseFixtures;
import tandem.person.PeopleSeparated;
import tandem.person.PersonRecords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Combining and separating: separating restores both records exactly, and combinations chain and unwind in order. */
@TandemIntegrationTest
@RecordApplicationEvents
@Import({ ReviewScenario.class, CaseFixtures.class })
class CombineSeparateIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ReviewScenario scenario;

	@Autowired
	ProposalDecisions decisions;

	@Autowired
	ProposalReads reads;

	@Autowired
	MatchProposals proposals;

	@Autowired
	PersonRecords people;

	@Autowired
	CaseFixtures cases;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	@Test
	void separatingRestoresBothPeoplesRowsAliasesAndContactsExactly() throws Exception {
		ReviewScenario.Pair pair = this.scenario.proposed();
		List<String> home = this.scenario.rowsOf(pair.home());
		List<String> other = this.scenario.rowsOf(pair.other());
		String path = "/matches/" + pair.proposal();
		this.mvc.perform(post(path).with(csrf()).with(SignedInAs.user(pair.coordinator())).param("decision", "SAME")
			.param("reason", "Same phone number").param("version", "0")).andExpect(redirectedUrl(path));
		assertThat(this.people.sameAs(pair.home())).containsExactlyInAnyOrder(pair.home(), pair.other());

		this.mvc.perform(separation(pair.otherCoordinator(), path, "", 1))
			.andExpect(content().string(containsString("Enter why the records are being separated")));
		this.mvc.perform(separation(this.scenario.coordinatorOf(this.fixtures.area()), path, "Twins", 1))
			.andExpect(status().isNotFound());
		this.mvc.perform(separation(pair.otherCoordinator(), path, "They are twins", 1)).andExpect(redirectedUrl(path));

		assertThat(this.scenario.rowsOf(pair.home())).isEqualTo(home);
		assertThat(this.scenario.rowsOf(pair.other())).isEqualTo(other);
		assertThat(this.people.sameAs(pair.home())).containsExactly(pair.home());
		assertThat(this.events.stream(PeopleSeparated.class))
			.containsExactly(new PeopleSeparated(pair.home(), pair.other()));
		assertThat(this.scenario.auditOf(pair.otherCoordinator())).containsExactly("VIEW match-proposal SUCCESS",
				"UNMERGE person SUCCESS", "UNMERGE person SUCCESS");
		assertThat(this.proposals.propose(pair.home(), pair.other(), 0.99, "why", MatchProposals.Source.BATCH))
			.isFalse();
	}

	@Test
	void combiningIntoACombinedRecordRepointsItsRecordsAndSeparatingPointsThemBack() {
		ReviewScenario.Pair pair = this.scenario.proposed();
		UUID third = this.cases.aPerson().create();
		this.cases.aCase(pair.otherArea().id()).victim(third).create();
		this.proposals.propose(pair.other(), third, 0.9, "why", MatchProposals.Source.BATCH);
		UUID thirdPair = this.scenario.proposalOf(pair.other(), third);
		this.decisions.confirm(pair.otherCoordinator(), find(thirdPair), "Same person", 0);
		assertThat(mergedInto(third)).isEqualTo(pair.other());

		this.decisions.confirm(pair.coordinator(), find(pair.proposal()), "Same person", 0);
		assertThat(mergedInto(third)).isEqualTo(pair.home());
		assertThat(mergedInto(pair.other())).isEqualTo(pair.home());
		assertThat(this.people.sameAs(third)).containsExactlyInAnyOrder(pair.home(), pair.other(), third);

		// The earlier combination cannot be undone under the later one: that would leave the third record adrift.
		assertThatThrownBy(() -> this.decisions.separate(pair.otherCoordinator(), find(thirdPair), "No", 1))
			.isInstanceOf(ProposalDecisions.LaterCombination.class);
		assertThat(find(thirdPair).status()).isEqualTo(MatchProposal.Status.CONFIRMED);

		this.decisions.separate(pair.coordinator(), find(pair.proposal()), "Different people", 1);
		assertThat(mergedInto(third)).isEqualTo(pair.other());
		assertThat(mergedInto(pair.other())).isNull();
		this.decisions.separate(pair.otherCoordinator(), find(thirdPair), "Different people", 1);
		assertThat(mergedInto(third)).isNull();
	}

	@Test
	void twoCoordinatorsConfirmingAtOnceCombineOnce() throws Exception {
		ReviewScenario.Pair pair = this.scenario.proposed();
		MatchProposal seen = find(pair.proposal());
		Callable<String> home = () -> attempt(() -> this.decisions.confirm(pair.coordinator(), seen, "Home", 0));
		Callable<String> other = () -> attempt(() -> this.decisions.reject(pair.otherCoordinator(), seen, "Other", 0));

		try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
			Future<String> first = pool.submit(home);
			Future<String> second = pool.submit(other);
			assertThat(List.of(first.get(), second.get())).containsExactlyInAnyOrder("decided", "meanwhile");
		}
		MatchProposal after = find(pair.proposal());
		assertThat(after.version()).isEqualTo(1);
		boolean combined = mergedInto(pair.other()) != null;
		assertThat(after.status()).isEqualTo(combined ? MatchProposal.Status.CONFIRMED : MatchProposal.Status.REJECTED);
		assertThat(after.reason()).isEqualTo(combined ? "Home" : "Other");
	}

	private static String attempt(Runnable decision) {
		try {
			decision.run();
			return "decided";
		}
		catch (ProposalDecisions.DecidedMeanwhile ex) {
			return "meanwhile";
		}
	}

	private MatchProposal find(UUID proposal) {
		return this.reads.find(proposal).orElseThrow();
	}

	private @Nullable UUID mergedInto(UUID person) {
		return this.jdbc.sql("select merged_into from person where id = :id").param("id", person)
			.query((rs, row) -> rs.getObject(1, UUID.class)).list().getFirst();
	}

	private RequestBuilder separation(Actor actor, String path, String reason,
			int version) {
		return post(path + "/separation").with(csrf()).with(SignedInAs.user(actor)).param("reason", reason)
			.param("version", String.valueOf(version));
	}

}
