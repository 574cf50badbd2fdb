package tandem.matching;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tandem.Fixtures;
import tandem.SignedInAs;
import tandem.TandemIntegrationTest;
import tandem.agency.Actor;
import tandem.agency.Role;
import tandem.cases.CaseFixtures;
import tandem.person.PeopleCombined;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The review pages: who may see and decide a pair (ADR 0100), what they see, and deciding it. */
@TandemIntegrationTest
@RecordApplicationEvents
@Import({ ReviewScenario.class, CaseFixtures.class })
class MatchReviewIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ReviewScenario scenario;

	@Autowired
	CaseFixtures cases;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;


	private ReviewScenario.Pair pair;

	private String path;

	@BeforeEach
	void aProbablePair() {
		this.pair = this.scenario.proposed();
		this.path = "/matches/" + this.pair.proposal();
	}

	@Test
	void thePagesAreRefusedWithoutSigningInAndToOtherRoles() throws Exception {
		this.mvc.perform(get("/matches")).andExpect(status().is3xxRedirection());
		this.mvc.perform(get(this.path)).andExpect(status().is3xxRedirection());
		Actor chair = this.fixtures.user(this.fixtures.agency(this.pair.homeArea(), "marac"), Role.CHAIR,
				Role.CASEWORKER);
		this.mvc.perform(get("/matches").with(SignedInAs.user(chair))).andExpect(status().isForbidden());
		this.mvc.perform(get(this.path).with(SignedInAs.user(chair))).andExpect(status().isForbidden());
		this.mvc.perform(decision(chair, "SAME", "Checked", 0)).andExpect(status().isForbidden());
		this.mvc.perform(post(this.path + "/separation").with(csrf()).with(SignedInAs.user(chair)).param("reason", "x")
			.param("version", "1")).andExpect(status().isForbidden());
		assertThat(statusOfPair()).isEqualTo("OPEN");
	}

	@Test
	void aCoordinatorOfAnAreaNeitherRecordIsInIsRefusedAsIfThePairDidNotExistAndTheRefusalAudited() throws Exception {
		Actor stranger = this.scenario.coordinatorOf(this.fixtures.area());

		this.mvc.perform(get("/matches").with(SignedInAs.user(stranger)))
			.andExpect(content().string(containsString("No possible matches are waiting")));
		this.mvc.perform(get(this.path).with(SignedInAs.user(stranger))).andExpect(status().isNotFound());
		this.mvc.perform(decision(stranger, "SAME", "Checked", 0)).andExpect(status().isNotFound());
		this.mvc.perform(get("/matches/" + UUID.randomUUID()).with(SignedInAs.user(stranger)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/matches/not-an-id").with(SignedInAs.user(stranger))).andExpect(status().isNotFound());

		assertThat(statusOfPair()).isEqualTo("OPEN");
		assertThat(this.scenario.auditOf(stranger)).containsExactly("VIEW match-queue SUCCESS",
				"ACCESS_REFUSED match-proposal REFUSED", "ACCESS_REFUSED match-proposal REFUSED");
	}

	@Test
	void aRestrictedCaseHidesThePairFromCoordinatorsItDoesNotName() throws Exception {
		Actor named = this.scenario.coordinatorOf(this.pair.otherArea());
		this.cases.aCase(this.pair.otherArea().id()).victim(this.pair.other()).restrictedTo(named)
			.create();

		this.mvc.perform(get(this.path).with(SignedInAs.user(this.pair.coordinator()))).andExpect(status().isNotFound());
		this.mvc.perform(get(this.path).with(SignedInAs.user(this.pair.otherCoordinator())))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(this.path).with(SignedInAs.user(named))).andExpect(status().isOk());
	}

	@Test
	void aCoordinatorSeesWhatMatchingNeedsAndOfTheOtherAreaOnlyItsName() throws Exception {
		this.mvc.perform(get("/matches").with(SignedInAs.user(this.pair.coordinator())))
			.andExpect(content().string(containsString(this.path)));
		this.mvc.perform(get(this.path).with(SignedInAs.user(this.pair.coordinator())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Katherine")))
			.andExpect(content().string(containsString("Kathryn")))
			.andExpect(content().string(containsString("Very likely the same person")))
			.andExpect(content().string(containsString("given name is a known variant")))
			.andExpect(content().string(containsString("Case " + this.pair.homeCase().reference())))
			.andExpect(content().string(containsString("A case in Test area " + this.pair.otherArea().code())))
			.andExpect(content().string(not(containsString(this.pair.otherCase().reference()))))
			.andExpect(content().string(not(containsString("07700 900123"))))
			.andExpect(content().string(not(containsString("Any Street"))));
		// The other area's coordinator reviews the same pair from their side.
		this.mvc.perform(get(this.path).with(SignedInAs.user(this.pair.otherCoordinator())))
			.andExpect(content().string(containsString("Case " + this.pair.otherCase().reference())))
			.andExpect(content().string(not(containsString(this.pair.homeCase().reference()))));
		assertThat(this.scenario.auditOf(this.pair.coordinator())).containsExactly("VIEW match-queue SUCCESS",
				"VIEW match-proposal SUCCESS");
	}

	@Test
	void aLongQueueIsShownFiftyPairsAPageOldestOrMostLikelyFirst() throws Exception {
		ReviewScenario.LongQueue queue = this.scenario.longQueue(51);
		Actor coordinator = queue.coordinator();
		List<UUID> queued = queue.proposals();

		String first = queuePage(coordinator, "1", null);
		assertThat(first).contains("51 pairs to review, oldest first: page 1 of 2", "Page 1 of 2",
				"/matches?order=OLDEST&amp;page=2", "/matches/" + queued.getFirst(), "/matches/" + queued.get(49))
			.doesNotContain("/matches/" + queued.get(50), "page=0");
		String second = queuePage(coordinator, "2", "OLDEST");
		assertThat(second).contains("Page 2 of 2", "/matches/" + queued.get(50), "/matches?order=OLDEST&amp;page=1")
			.doesNotContain("/matches/" + queued.getFirst());
		assertThat(queuePage(coordinator, "9", null)).as("a page past the last shows the last").contains("Page 2 of 2");
		assertThat(queuePage(coordinator, "1", "MOST_LIKELY"))
			.as("the newest pair is the most likely, so it leads and the 50th oldest goes to the second page")
			.contains("51 pairs to review, most likely first: page 1 of 2", "/matches?order=MOST_LIKELY&amp;page=2",
					"/matches/" + queued.get(50), "/matches/" + queued.getFirst())
			.doesNotContain("/matches/" + queued.get(49));
		assertThat(queuePage(coordinator, "second", "BY_NAME"))
			.as("a page and order that mean nothing show the first page, oldest first, not an error")
			.contains("51 pairs to review, oldest first: page 1 of 2", "/matches/" + queued.getFirst());
		assertThat(this.jdbc.sql("""
				select detail from audit_event where actor_id = :actor and subject_type = 'match-queue' order by id
				""").param("actor", coordinator.id()).query(String.class).list())
			.containsExactly("50 pairs, page 1 of 2, oldest first", "1 pairs, page 2 of 2, oldest first",
					"1 pairs, page 2 of 2, oldest first", "50 pairs, page 1 of 2, most likely first",
					"50 pairs, page 1 of 2, oldest first");
	}

	private String queuePage(Actor coordinator, String page, @Nullable String order) throws Exception {
		MockHttpServletRequestBuilder request = get("/matches").param("page", page).with(SignedInAs.user(coordinator));
		return this.mvc.perform(order == null ? request : request.param("order", order))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void aDecisionNeedsAnAnswerAndAReasonAndKeepsWhatWasTyped() throws Exception {
		this.mvc.perform(decision(this.pair.coordinator(), "", "Same phone number in both agencies", 0))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<title>Error: ")))
			.andExpect(content().string(containsString("Select whether these records are the same person")))
			.andExpect(content().string(containsString("Same phone number in both agencies")));
		this.mvc.perform(decision(this.pair.coordinator(), "SAME", "  ", 0))
			.andExpect(content().string(containsString("Enter the reason for your decision")))
			.andExpect(content().string(containsString("value=\"SAME\" checked")));
		assertThat(statusOfPair()).isEqualTo("OPEN");
	}

	@Test
	void confirmingCombinesTheRecordsAuditsBothAndTellsTheRestOfTandem() throws Exception {
		this.mvc.perform(decision(this.pair.coordinator(), "SAME", "Same phone number in both agencies", 0))
			.andExpect(redirectedUrl(this.path));

		assertThat(statusOfPair()).isEqualTo("CONFIRMED");
		assertThat(this.jdbc.sql("select merged_into from person where id = :id").param("id", this.pair.other())
			.query(UUID.class).single()).isEqualTo(this.pair.home());
		assertThat(this.events.stream(PeopleCombined.class))
			.containsExactly(new PeopleCombined(this.pair.home(), this.pair.other()));
		assertThat(this.scenario.auditOf(this.pair.coordinator())).containsExactly("MERGE person SUCCESS",
				"MERGE person SUCCESS");
		this.mvc.perform(get(this.path).with(SignedInAs.user(this.pair.coordinator())))
			.andExpect(content().string(containsString("The records are combined")))
			.andExpect(content().string(containsString("Same phone number in both agencies")));
		// Each case page says its person's records are combined, and nothing of the other area's case.
		this.mvc.perform(get(this.pair.homeCase().path()).with(SignedInAs.user(this.pair.coordinator())))
			.andExpect(content().string(containsString("Combined: a coordinator confirmed")))
			.andExpect(content().string(not(containsString(this.pair.otherCase().reference()))));
	}

	@Test
	void rejectingKeepsTheRecordsApart() throws Exception {
		this.mvc.perform(decision(this.pair.coordinator(), "DIFFERENT", "Different mothers' names", 0))
			.andExpect(redirectedUrl(this.path));

		assertThat(statusOfPair()).isEqualTo("REJECTED");
		assertThat(this.jdbc.sql("select count(*) from person where id in (:a, :b) and merged_into is not null")
			.param("a", this.pair.home()).param("b", this.pair.other()).query(Integer.class).single()).isZero();
		assertThat(this.events.stream(PeopleCombined.class)).isEmpty();
		this.mvc.perform(get(this.pair.homeCase().path()).with(SignedInAs.user(this.pair.coordinator())))
			.andExpect(content().string(not(containsString("Combined: a coordinator confirmed"))));
	}

	@Test
	void theSecondOfTwoCoordinatorsDecidingAtOnceIsToldAndOverwritesNothing() throws Exception {
		this.mvc.perform(decision(this.pair.coordinator(), "DIFFERENT", "Different mothers' names", 0))
			.andExpect(redirectedUrl(this.path));
		this.mvc.perform(decision(this.pair.otherCoordinator(), "SAME", "Same phone number", 0))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Another coordinator decided this pair")))
			.andExpect(content().string(containsString("Your reason, not saved: Same phone number")));

		assertThat(statusOfPair()).isEqualTo("REJECTED");
		assertThat(this.jdbc.sql("select reason from match_proposal where id = :id").param("id", this.pair.proposal())
			.query(String.class).single()).isEqualTo("Different mothers' names");
		assertThat(this.events.stream(PeopleCombined.class)).isEmpty();
	}

	@Test
	void theCoordinatorsHomePageCountsTheOpenPairsTheyMayReview() throws Exception {
		this.mvc.perform(get("/").with(SignedInAs.user(this.pair.coordinator())))
			.andExpect(content().string(containsString("1 possible match is waiting for your review")));
		Actor caseworker = this.fixtures.user(this.fixtures.agency(this.pair.homeArea(), "idva"), Role.CASEWORKER);
		this.mvc.perform(get("/").with(SignedInAs.user(caseworker)))
			.andExpect(content().string(not(containsString("Possible matches to review"))));

		this.mvc.perform(decision(this.pair.coordinator(), "DIFFERENT", "Different mothers' names", 0));
		this.mvc.perform(get("/").with(SignedInAs.user(this.pair.otherCoordinator())))
			.andExpect(content().string(containsString("No possible matches are waiting for your review")));
	}

	private RequestBuilder decision(Actor actor, String decision, String reason,
			int version) {
		return post(this.path).with(csrf()).with(SignedInAs.user(actor)).param("decision", decision)
			.param("reason", reason).param("version", String.valueOf(version));
	}

	private String statusOfPair() {
		return this.jdbc.sql("select status from match_proposal where id = :id").param("id", this.pair.proposal())
			.query(String.class).single();
	}

}
