package tandem.referral;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tandem.Fixtures;
import tandem.Fixtures.AreaFixture;
import tandem.SignedInAs;
import tandem.TandemIntegrationTest;
import tandem.agency.Actor;
import tandem.agency.AgencyRef;
import tandem.agency.Role;
import tandem.cases.CaseFixtures;
import tandem.cases.CaseFixtures.CreatedCase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@TandemIntegrationTest
@Import(CaseFixtures.class)
class ReassessmentIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	CaseFixtures cases;

	@Autowired
	JdbcClient jdbc;

	private AreaFixture area;

	private AgencyRef idva;

	private CreatedCase aCase;

	@BeforeEach
	void aCaseWorkedByTheIdvaService() {
		this.area = this.fixtures.area();
		this.idva = this.fixtures.agency(this.area, "idva");
		UUID victim = this.cases.aPerson().named("Amara", Fixtures.unique("Ashabeck")).create();
		this.aCase = this.cases.aCase(this.area.id()).victim(victim).involving(this.idva).riskLevel("MEDIUM").create();
	}

	@Test
	void notSignedInIsSentToSignIn() throws Exception {
		this.mvc.perform(get(path())).andExpect(status().is3xxRedirection());
		this.mvc.perform(reassess("yes", 15)).andExpect(status().is3xxRedirection());
		assertThat(assessments()).isZero();
	}

	@Test
	void refusedToRolesThatDoNotWorkCasesAndToAgenciesNotInvolved() throws Exception {
		Actor analyst = this.fixtures.user(this.idva, Role.ANALYST);
		Actor otherAgency = this.fixtures.user(this.fixtures.agency(this.area, "housing"), Role.CASEWORKER);

		this.mvc.perform(get(path()).with(SignedInAs.user(analyst))).andExpect(status().isForbidden());
		this.mvc.perform(reassess("no", 15).with(SignedInAs.user(analyst))).andExpect(status().isForbidden());
		this.mvc.perform(get(path()).with(SignedInAs.user(otherAgency))).andExpect(status().isNotFound());
		this.mvc.perform(reassess("no", 15).with(SignedInAs.user(otherAgency))).andExpect(status().isNotFound());
		assertThat(assessments()).isZero();
	}

	@Test
	void aReassessmentJoinsTheHistoryAndSetsTheCasesLevel() throws Exception {
		Actor idvaWorker = this.fixtures.user(this.idva, Role.CASEWORKER);

		this.mvc.perform(get(path()).with(SignedInAs.user(idvaWorker)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Reassess risk")));
		this.mvc.perform(reassess("no", 15).with(SignedInAs.user(idvaWorker)))
			.andExpect(redirectedUrl("/cases/" + this.aCase.id() + "#risk-over-time"));

		assertThat(assessments()).isOne();
		assertThat(this.jdbc.sql("select risk_level from case_file where id = :id").param("id", this.aCase.id())
			.query(String.class).single()).isEqualTo("HIGH");
		assertThat(this.jdbc.sql("""
				select detail from audit_event where case_id = :id and action = 'CHANGE' and actor_id = :actor
				""").param("id", this.aCase.id()).param("actor", idvaWorker.id()).query(String.class).list())
			.containsExactly("risk reassessed REVIEW: HIGH");
		assertThat(this.jdbc.sql("""
				select victim_view || ' / ' || (answer_sources ->> 'q2') from risk_assessment where case_id = :id
				""").param("id", this.aCase.id()).query(String.class).single())
			.isEqualTo("Afraid he will find her new flat / Police officer at the scene");
		this.mvc.perform(get(this.aCase.path()).with(SignedInAs.user(idvaWorker)))
			.andExpect(content().string(containsString("15 yes answers: visible high risk (14 or more)")))
			.andExpect(content().string(containsString("One assessment so far.")));
	}

	@Test
	void invalidInputIsShownWithEverythingTypedKept() throws Exception {
		Actor idvaWorker = this.fixtures.user(this.idva, Role.CASEWORKER);

		this.mvc.perform(post(path()).with(csrf()).with(SignedInAs.user(idvaWorker))
				.param("dash-answers-q1", "YES")
				.param("policeCalloutsLast12Months", "lots")
				.param("professionalJudgement-applies", "yes"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Error: Reassess risk")))
			.andExpect(content().string(containsString("Say why you are assessing the risk again")))
			.andExpect(content().string(containsString("Police call-outs must be a whole number from 0 to 1000")))
			.andExpect(content().string(containsString("Say why professional judgement makes this high risk")))
			.andExpect(content().string(containsString("value=\"lots\"")));
		assertThat(assessments()).isZero();
	}

	private String path() {
		return "/cases/" + this.aCase.id() + "/reassess";
	}

	private MockHttpServletRequestBuilder reassess(String judgement, int yesAnswers) {
		MockHttpServletRequestBuilder request = post(path()).with(csrf())
			.param("occasion", "REVIEW")
			.param("policeCalloutsLast12Months", "1")
			.param("professionalJudgement-applies", judgement)
			.param("professionalJudgement-reason", "yes".equals(judgement) ? "Threats since separation" : "")
			.param("dash-victimView", "Afraid he will find her new flat")
			.param("dash-sources-q2", "Police officer at the scene");
		for (int q = 1; q <= 24; q++) {
			request.param("dash-answers-q" + q, q <= yesAnswers ? "YES" : "NO");
		}
		return request;
	}

	private int assessments() {
		return this.jdbc.sql("select count(*) from risk_assessment where case_id = :id").param("id", this.aCase.id())
			.query(Integer.class).single();
	}

}
