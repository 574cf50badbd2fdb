package tandem.casework;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tandem.Fixtures;
import tandem.Fixtures.AreaFixture;
import tandem.SignedInAs;
import tandem.TandemIntegrationTest;
import tandem.agency.Actor;
import tandem.agency.AgencyRef;
import tandem.agency.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An IDVA service's casework, from the referral that opens it to closure, through the pages. */
@TandemIntegrationTest
@Import(CaseworkScenario.class)
class CaseworkIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CaseworkScenario scenario;

	private AreaFixture area;

	private AgencyRef police;

	private AgencyRef idva;

	private Actor manager;

	private Actor alex;

	private Actor bea;

	@BeforeEach
	void service() {
		this.area = this.fixtures.area();
		this.police = this.fixtures.agency(this.area, "police");
		this.idva = this.fixtures.agency(this.area, "idva");
		this.manager = this.fixtures.user(this.idva, Role.SERVICE_MANAGER);
		this.alex = this.fixtures.user(this.idva, Role.CASEWORKER);
		this.bea = this.fixtures.user(this.idva, Role.CASEWORKER);
	}

	@Test
	void theCaseloadIsRefusedWithoutSigningInAndToOtherRoles() throws Exception {
		this.mvc.perform(get("/caseload")).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/sign-in"));
		this.mvc.perform(get("/caseload").with(SignedInAs.user(this.fixtures.user(this.police, Role.REFERRER))))
			.andExpect(status().isForbidden());
	}

	@Test
	void aReferralRoutedToTheIdvaServiceWaitsForAWorkerAndOnlyTheServiceMaySeeIt() throws Exception {
		UUID supportCase = referredCase();
		this.mvc.perform(get("/caseload").with(SignedInAs.user(this.manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/support-cases/" + supportCase + "/allocate")));

		Actor policeWorker = this.fixtures.user(this.police, Role.CASEWORKER);
		this.mvc.perform(get("/support-cases/" + supportCase).with(SignedInAs.user(policeWorker)))
			.andExpect(status().isNotFound());
		assertThat(this.jdbc.sql("""
				select count(*) from audit_event where actor_id = :actor and subject_id = :id and outcome = 'REFUSED'
				""").param("actor", policeWorker.id()).param("id", supportCase.toString()).query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void caseloadCountsOpenCasesAndTheYearsAllocationsAgainstTheGuide() throws Exception {
		for (int i = 0; i < 3; i++) {
			allocate(referredCase(), this.alex);
		}
		UUID closing = referredCase();
		allocate(closing, this.alex);
		close(closing, "SUPPORT_COMPLETE").andExpect(status().is3xxRedirection());

		String page = this.mvc.perform(get("/caseload").with(SignedInAs.user(this.manager)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		String alexRow = page.substring(page.indexOf(this.alex.name()));
		assertThat(alexRow).containsSubsequence(">1.00<", ">3<", ">4<", "Below the guide (60 to 80)");

		this.mvc.perform(post("/caseload/fte").param("worker", this.alex.userId().toString()).param("fte", "0.5")
			.with(SignedInAs.user(this.manager)).with(csrf())).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/caseload").with(SignedInAs.user(this.alex)))
			.andExpect(content().string(containsString("4 (guide for you: 30 to 40)")));
	}

	@Test
	void anUnsafeNumberIsNeverShownOrOfferedForCalling() throws Exception {
		UUID supportCase = referredCase();
		allocate(supportCase, this.alex);
		this.mvc.perform(get("/support-cases/" + supportCase).with(SignedInAs.user(this.alex)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Not safe to use")))
			.andExpect(content().string(not(containsString(CaseworkScenario.UNSAFE_PHONE))))
			.andExpect(content().string(not(containsString(CaseworkScenario.UNSAFE_PHONE.replace(" ", "")))))
			.andExpect(content().string(not(containsString("tel:"))));
	}

	@Test
	void aHandoverGivesTheNewWorkerTheWholeRecord() throws Exception {
		UUID supportCase = referredCase();
		allocate(supportCase, this.alex);
		as(this.alex, post("/support-cases/" + supportCase + "/contacts").param("method", "TEXT")
			.param("contactOutcome", "CONTACT_MADE").param("contactNote", "Agreed to talk on Tuesdays"));
		as(this.alex, post("/support-cases/" + supportCase + "/safety-plan").param("version", "-1")
			.param("staying", "YES").param("plan", "Code word with her sister"));
		as(this.alex, post("/support-cases/" + supportCase + "/actions").param("action", "Ask housing about a move"));

		allocate(supportCase, this.bea);

		this.mvc.perform(get("/support-cases/" + supportCase).with(SignedInAs.user(this.bea)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Agreed to talk on Tuesdays")))
			.andExpect(content().string(containsString("Ask housing about a move")))
			.andExpect(content().string(containsString(": " + this.alex.name())))
			.andExpect(content().string(containsString(": " + this.bea.name())));
		this.mvc.perform(get("/support-cases/" + supportCase + "/safety-plan").with(SignedInAs.user(this.bea)))
			.andExpect(content().string(containsString("Code word with her sister")));
		assertThat(this.jdbc.sql("select worker_user_id from support_case where id = :id").param("id", supportCase)
			.query(UUID.class).single()).isEqualTo(this.bea.userId());
	}

	@Test
	void aCaseWithOpenActionsCannotClose() throws Exception {
		UUID supportCase = referredCase();
		as(this.alex, post("/support-cases/" + supportCase + "/actions").param("action", "Chase the court date"));

		close(supportCase, "SUPPORT_COMPLETE").andExpect(status().isOk())
			.andExpect(content().string(containsString("The case has 1 open action")));
		assertThat(closedOn(supportCase)).isNull();

		close(supportCase, "").andExpect(content().string(containsString("Select why the case is closing")));
		assertThat(closedOn(supportCase)).isNull();
	}

	@Test
	void twoWorkersEditingOneSafetyPlanLoseNothing() throws Exception {
		UUID supportCase = referredCase();
		as(this.alex, post("/support-cases/" + supportCase + "/safety-plan").param("version", "-1")
			.param("staying", "NO").param("plan", "First draft"));
		int version = this.jdbc.sql("select version from safety_plan where support_case_id = :id")
			.param("id", supportCase).query(Integer.class).single();

		as(this.alex, post("/support-cases/" + supportCase + "/safety-plan").param("version", String.valueOf(version))
			.param("staying", "NO").param("plan", "Alex's words"));
		this.mvc.perform(post("/support-cases/" + supportCase + "/safety-plan").param("version", String.valueOf(version))
			.param("staying", "NO").param("plan", "Bea's words").with(SignedInAs.user(this.bea)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else saved this safety plan")))
			.andExpect(content().string(containsString("Alex&#39;s words")))
			.andExpect(content().string(containsString("Bea&#39;s words")));

		assertThat(this.jdbc.sql("select plan from safety_plan where support_case_id = :id").param("id", supportCase)
			.query(String.class).single()).isEqualTo("Alex's words");
	}

	@Test
	void theCasesOfAWorkerWhoLeavesAreReassignedNotLost() throws Exception {
		UUID first = referredCase();
		UUID second = referredCase();
		allocate(first, this.alex);
		allocate(second, this.alex);
		this.jdbc.sql("update app_user set enabled = false where id = :id").param("id", this.alex.userId()).update();

		this.mvc.perform(get("/caseload").with(SignedInAs.user(this.manager)))
			.andExpect(content().string(containsString(this.alex.name() + " has left and holds 2 open cases")));
		this.mvc.perform(post("/caseload/reassign").param("from", this.alex.userId().toString())
			.param("to-" + this.alex.userId(), this.bea.userId().toString())
			.with(SignedInAs.user(this.manager)).with(csrf()))
			.andExpect(status().is3xxRedirection());

		assertThat(this.jdbc.sql("select worker_user_id from support_case where id in (:ids)")
			.param("ids", java.util.List.of(first, second)).query(UUID.class).list())
			.containsOnly(this.bea.userId());
	}

	@Test
	void aReviewDateRemindsTheWorkerAndTheFirstContactIsKept() throws Exception {
		UUID supportCase = referredCase();
		allocate(supportCase, this.alex);
		this.mvc.perform(post("/support-cases/" + supportCase + "/review").param("reviewDue", "31/2/2027")
			.with(SignedInAs.user(this.alex)).with(csrf()))
			.andExpect(status().isOk()).andExpect(content().string(containsString("as a real date")));
		this.mvc.perform(post("/support-cases/" + supportCase + "/review").param("reviewDue", "1/1/2000")
			.with(SignedInAs.user(this.alex)).with(csrf()))
			.andExpect(status().isOk()).andExpect(content().string(containsString("today or later")));
		String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"))
			.format(java.time.format.DateTimeFormatter.ofPattern("d/M/yyyy"));
		as(this.alex, post("/support-cases/" + supportCase + "/review").param("reviewDue", today));
		this.mvc.perform(get("/caseload").with(SignedInAs.user(this.alex)))
			.andExpect(content().string(containsString("govuk-tag--red\">Due<")));

		as(this.alex, post("/support-cases/" + supportCase + "/contacts").param("method", "PHONE")
			.param("contactOutcome", "NO_ANSWER"));
		assertThat(firstContact(supportCase)).isNull();
		as(this.alex, post("/support-cases/" + supportCase + "/contacts").param("method", "PHONE")
			.param("contactOutcome", "CONTACT_MADE"));
		java.sql.Timestamp first = firstContact(supportCase);
		as(this.alex, post("/support-cases/" + supportCase + "/contacts").param("method", "TEXT")
			.param("contactOutcome", "CONTACT_MADE"));
		assertThat(first).isNotNull().isEqualTo(firstContact(supportCase));
	}

	@Test
	void onlyAManagerAllocates() throws Exception {
		UUID supportCase = referredCase();
		this.mvc.perform(post("/support-cases/" + supportCase + "/allocate").param("worker", this.bea.userId().toString())
			.with(SignedInAs.user(this.alex)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/support-cases/" + supportCase + "/allocate").param("worker", "nobody")
			.with(SignedInAs.user(this.manager)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Select a caseworker")));
		assertThat(this.jdbc.sql("select worker_user_id from support_case where id = :id").param("id", supportCase)
			.query(UUID.class).optional()).isEmpty();
	}

	private UUID referredCase() throws Exception {
		UUID caseId = this.scenario.refer(this.area, this.police, 15, CaseworkScenario.uniqueFamily());
		return this.scenario.openSupportCase(caseId, this.idva.id()).orElseThrow();
	}

	private void allocate(UUID supportCase, Actor worker) throws Exception {
		as(this.manager, post("/support-cases/" + supportCase + "/allocate").param("worker", worker.userId().toString()));
	}

	private org.springframework.test.web.servlet.ResultActions close(UUID supportCase, String reason) throws Exception {
		int version = this.jdbc.sql("select version from support_case where id = :id").param("id", supportCase)
			.query(Integer.class).single();
		return this.mvc.perform(post("/support-cases/" + supportCase + "/close").param("reason", reason)
			.param("version", String.valueOf(version)).with(SignedInAs.user(this.alex)).with(csrf()));
	}

	private java.sql.Timestamp firstContact(UUID supportCase) {
		return this.jdbc.sql("select first_contact_at from support_case where id = :id").param("id", supportCase)
			.query(java.sql.Timestamp.class).optional().orElse(null);
	}

	private java.time.LocalDate closedOn(UUID supportCase) {
		return this.jdbc.sql("select closed_on from support_case where id = :id").param("id", supportCase)
			.query(java.time.LocalDate.class).optional().orElse(null);
	}

	private void as(Actor actor,
			org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
		this.mvc.perform(request.with(SignedInAs.user(actor)).with(csrf())).andExpect(status().is3xxRedirection());
	}

}
