package tandem.casework;

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

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Outcomes at intake and exit, and the needs assessment with its Safe and Together record. */
@TandemIntegrationTest
@Import({ CaseFixtures.class, SupportCaseFixtures.class })
class OutcomesAndNeedsIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	CaseFixtures cases;

	@Autowired
	SupportCaseFixtures supportCases;

	@Autowired
	JdbcClient jdbc;

	private Actor worker;

	private UUID supportCase;

	@BeforeEach
	void aCase() {
		AreaFixture area = this.fixtures.area();
		AgencyRef idva = this.fixtures.agency(area, "idva");
		this.worker = this.fixtures.user(idva, Role.CASEWORKER);
		UUID caseId = this.cases.aCase(area.id()).involving(idva).create().id();
		this.supportCase = this.supportCases.open(caseId, idva, this.worker);
	}

	@Test
	void outcomesAreRefusedToAnotherAgencyAndCheckedBeforeTheyAreKept() throws Exception {
		Actor outsider = this.fixtures.user(this.fixtures.agency(this.fixtures.area(), "idva"), Role.CASEWORKER);
		this.mvc.perform(get(path("intake")).with(SignedInAs.user(outsider))).andExpect(status().isNotFound());

		this.mvc.perform(outcome("intake", "WEEKLY", "11").with(SignedInAs.user(this.worker)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a score from 0 to 10")));
		assertThat(outcomes()).isZero();

		this.mvc.perform(outcome("intake", "WEEKLY", "3").with(SignedInAs.user(this.worker)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(outcome("exit", "NONE", "8").with(SignedInAs.user(this.worker)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(outcomes()).isEqualTo(2);
		assertThat(this.jdbc.sql("""
				select i.physical || '>' || e.physical || ' ' || i.feels_safe || '>' || e.feels_safe
				from support_outcome i join support_outcome e on e.support_case_id = i.support_case_id and e.stage = 'EXIT'
				where i.support_case_id = :id and i.stage = 'INTAKE'
				""").param("id", this.supportCase).query(String.class).single()).isEqualTo("WEEKLY>NONE 3>8");

		this.mvc.perform(get(path("exit")).with(SignedInAs.user(this.worker)))
			.andExpect(content().string(containsString("value=\"8\"")));
		assertThat(this.jdbc.sql("select count(*) from audit_event where subject_type = 'support-outcome' and subject_id = :id")
			.param("id", this.supportCase.toString()).query(Long.class).single()).isOne();
	}

	@Test
	void needsKeepThePerpetratorsPatternApartFromTheParentsProtectiveEfforts() throws Exception {
		this.mvc.perform(post("/support-cases/" + this.supportCase + "/needs").param("version", "-1")
			.param("needs", "HOUSING").param("needs", "CHILDREN").param("pattern", "Undermines her parenting")
			.param("efforts", "Walks the children to school by a safe route")
			.with(SignedInAs.user(this.worker)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(post("/support-cases/" + this.supportCase + "/needs").param("version", "-1")
			.param("needs", "NOT_A_NEED").with(SignedInAs.user(this.worker)).with(csrf()))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Select needs from the list")));

		assertThat(this.jdbc.sql("""
				select array_to_string(needs, ',') || '|' || perpetrator_pattern || '|' || protective_efforts
				from needs_assessment where support_case_id = :id
				""").param("id", this.supportCase).query(String.class).single())
			.isEqualTo("HOUSING,CHILDREN|Undermines her parenting|Walks the children to school by a safe route");
	}

	private MockHttpServletRequestBuilder outcome(String stage, String physical, String scores) {
		return post(path(stage)).param("riskLevel", "HIGH").param("physical", physical).param("sexual", "NONE")
			.param("harassmentStalking", "DAILY").param("jealousControlling", "DAILY").param("feelsSafe", scores)
			.param("wellbeing", scores).param("qualityOfLife", scores);
	}

	private String path(String stage) {
		return "/support-cases/" + this.supportCase + "/outcomes/" + stage;
	}

	private long outcomes() {
		return this.jdbc.sql("select count(*) from support_outcome where support_case_id = :id")
			.param("id", this.supportCase).query(Long.class).single();
	}

}
