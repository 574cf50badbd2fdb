package tandem.cases;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import tandem.Fixtures;
import tandem.SignedInAs;
import tandem.Fixtures.AreaFixture;
import tandem.TandemIntegrationTest;
import tandem.agency.Actor;
import tandem.agency.AgencyRef;
import tandem.agency.Role;
import tandem.cases.CaseAuditRecords.Recorded;
import tandem.cases.CaseFixtures.CreatedCase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@TandemIntegrationTest
@Import({ CaseFixtures.class, CaseAuditRecords.class })
class CaseApiIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	CaseFixtures cases;

	@Autowired
	CaseAuditRecords audit;

	AreaFixture area;

	AgencyRef police;

	CreatedCase aCase;

	@BeforeEach
	void partnership() {
		this.area = this.fixtures.area();
		this.police = this.fixtures.agency(this.area, "police");
		UUID victim = this.cases.aPerson()
			.named("Alys", "Pryce")
			.bornOn(LocalDate.of(1990, 4, 2))
			.contact("PHONE", "07700 900999", false, null)
			.create();
		UUID perpetrator = this.cases.aPerson().named("Gareth", "Pryce").create();
		this.aCase = this.cases.aCase(this.area.id())
			.victim(victim)
			.perpetrator(perpetrator, "EX_PARTNER")
			.involving(this.police)
			.create();
	}

	@Test
	void withoutATokenIsTurnedAway() throws Exception {
		// 401 once bearer tokens are configured on the API chain; refused either way, with nothing of the case.
		String body = this.mvc.perform(get("/api/v1/cases/" + this.aCase.id()))
			.andExpect(status().is4xxClientError())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(body).doesNotContain(this.aCase.reference());
	}

	@Test
	void uninvolvedAgencySystemGetsNotFoundAsProblemJson() throws Exception {
		Actor housing = Actor.apiClient(Fixtures.unique("housing"), this.fixtures.agency(this.area, "housing"));

		String body = this.mvc.perform(get("/api/v1/cases/" + this.aCase.id()).with(SignedInAs.apiClient(housing)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(body).doesNotContain("Pryce", this.aCase.reference());
		assertThat(this.audit.of(housing)).extracting(Recorded::action).containsExactly("ACCESS_REFUSED");
	}

	@Test
	void involvedAgencySystemReadsTheSummaryAndTheReadIsAudited() throws Exception {
		Actor police = Actor.apiClient(Fixtures.unique("police"), this.police);

		String body = this.mvc.perform(get("/api/v1/cases/" + this.aCase.id()).with(SignedInAs.apiClient(police)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reference").value(this.aCase.reference()))
			.andExpect(jsonPath("$.area").value(this.area.code()))
			.andExpect(jsonPath("$.riskLevel").value("HIGH"))
			.andExpect(jsonPath("$.parties[0].role").value("VICTIM"))
			.andExpect(jsonPath("$.parties[0].familyName").value("Pryce"))
			.andExpect(jsonPath("$.parties[0].dateOfBirth").value("1990-04-02"))
			.andExpect(jsonPath("$.parties[1].relationshipToVictim").value("EX_PARTNER"))
			.andExpect(jsonPath("$.agencies[0].code").value(this.police.code()))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(body).doesNotContain("900999");
		assertThat(this.audit.of(police)).containsExactly(
				new Recorded("VIEW", "case", this.aCase.id(), "SUCCESS", "basis: agency involved"));
	}

	@Test
	void aPersonSignedInToThePagesCannotUseTheApiEvenForACaseTheyMaySee() throws Exception {
		Actor officer = this.fixtures.user(this.police, Role.REFERRER);

		this.mvc.perform(get("/api/v1/cases/" + this.aCase.id()).with(SignedInAs.user(officer)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		assertThat(this.audit.of(officer)).isEmpty();
	}

	@Test
	void malformedIdIsNotFoundLikeAnyOther() throws Exception {
		Actor police = Actor.apiClient(Fixtures.unique("police"), this.police);

		this.mvc.perform(get("/api/v1/cases/not-a-case").with(SignedInAs.apiClient(police)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

}
