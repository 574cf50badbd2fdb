package tandem.web;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import tandem.Fixtures;
import tandem.Fixtures.AreaFixture;
import tandem.TandemIntegrationTest;
import tandem.agency.Actor;
import tandem.agency.AgencyRef;
import tandem.agency.Role;
import tandem.cases.CaseAuditRecords;
import tandem.cases.CaseAuditRecords.Recorded;
import tandem.cases.CaseFixtures;
import tandem.cases.CaseFixtures.CreatedCase;
import tandem.cases.CaseList;
import tandem.SignedInAs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The home page shows each person the open cases they work, and nothing to those who do not work cases. */
@TandemIntegrationTest
@Import({ CaseFixtures.class, CaseAuditRecords.class })
class HomePageIntegrationTest {

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

	AgencyRef housing;

	CreatedCase policeCase;

	CreatedCase housingCase;

	CreatedCase restrictedPoliceCase;

	Actor namedOfficer;

	@BeforeEach
	void partnership() {
		this.area = this.fixtures.area();
		this.police = this.fixtures.agency(this.area, "police");
		this.housing = this.fixtures.agency(this.area, "housing");
		this.policeCase = caseFor("Older", LocalDate.of(2026, 9, 1), this.police);
		this.housingCase = caseFor("Housed", LocalDate.of(2026, 9, 2), this.housing);
		this.namedOfficer = this.fixtures.user(this.police, Role.CASEWORKER);
		UUID victim = this.cases.aPerson().named("Secret", Fixtures.unique("Restricted")).create();
		this.restrictedPoliceCase = this.cases.aCase(this.area.id())
			.victim(victim)
			.involving(this.police)
			.restrictedTo(this.namedOfficer)
			.create();
	}

	@Test
	void notSignedInIsSentToSignIn() throws Exception {
		this.mvc.perform(get("/")).andExpect(status().is3xxRedirection());
	}

	@Test
	void practitionerSeesTheirAgencysOpenCasesNewestFirstAndTheListIsAudited() throws Exception {
		Actor officer = this.fixtures.user(this.police, Role.REFERRER);
		CreatedCase newer = caseFor("Newer", LocalDate.of(2026, 10, 1), this.police);

		String html = page(officer, "/");

		assertThat(html).contains(this.policeCase.reference(), "Older", "High")
			.doesNotContain(this.housingCase.reference(), this.restrictedPoliceCase.reference(), "Secret");
		assertThat(html.indexOf(newer.reference())).isLessThan(html.indexOf(this.policeCase.reference()));
		assertThat(this.audit.of(officer))
			.containsExactly(new Recorded("VIEW", "case-list", null, "SUCCESS", "2 cases listed, page 1"));
	}

	@Test
	void namedUserSeesTheirRestrictedCase() throws Exception {
		assertThat(page(this.namedOfficer, "/")).contains(this.restrictedPoliceCase.reference(), "Secret");
	}

	@Test
	void coordinatorSeesTheAreasCasesAndTheEmergencyAccessToReview() throws Exception {
		Actor coordinator = this.fixtures.user(this.fixtures.agency(this.area, "idva"), Role.COORDINATOR);
		Actor outsider = this.fixtures.user(this.fixtures.agency(this.area, "education"), Role.REFERRER);
		this.mvc.perform(post(this.policeCase.path() + "/break-glass")
			.param("reason", "Child disclosed at school this morning; need the safety plan")
			.with(SignedInAs.user(outsider))
			.with(csrf())).andExpect(status().is3xxRedirection());

		String html = page(coordinator, "/");

		assertThat(html).contains(this.policeCase.reference(), this.housingCase.reference(),
				"1 emergency access to review", "href=\"/break-glass\"")
			.doesNotContain(this.restrictedPoliceCase.reference());
	}

	@Test
	void administratorsAndAnalystsSeeNoCaseContent() throws Exception {
		Actor administrator = this.fixtures.user(this.police, Role.ADMINISTRATOR);
		Actor analyst = this.fixtures.user(this.police, Role.ANALYST);

		String adminHome = page(administrator, "/");
		String analystHome = page(analyst, "/");

		assertThat(adminHome).contains("Your role does not include case records", "href=\"/admin\"")
			.doesNotContain(this.policeCase.reference(), "Open cases");
		assertThat(analystHome).contains("Your role does not include case records")
			.doesNotContain(this.policeCase.reference(), "href=\"/admin\"");
		assertThat(this.audit.of(administrator)).isEmpty();
	}

	@Test
	void longListsArePaginated() throws Exception {
		AgencyRef busy = this.fixtures.agency(this.area, "idva");
		for (int i = 0; i < CaseList.PAGE_SIZE + 1; i++) {
			this.cases.aCase(this.area.id()).involving(busy).openedOn(LocalDate.of(2026, 1, 1).plusDays(i)).create();
		}
		Actor caseworker = this.fixtures.user(busy, Role.CASEWORKER);

		String first = page(caseworker, "/");
		String second = page(caseworker, "/?page=2");

		assertThat(first).contains("href=\"/?page=2\"").doesNotContain("rel=\"prev\"");
		assertThat(second).contains("href=\"/?page=1\"").doesNotContain("rel=\"next\"");
		assertThat(this.audit.of(caseworker)).extracting(Recorded::detail)
			.containsExactly(CaseList.PAGE_SIZE + " cases listed, page 1", "1 cases listed, page 2");
	}

	private CreatedCase caseFor(String givenName, LocalDate openedOn, AgencyRef agency) {
		UUID victim = this.cases.aPerson().named(givenName, Fixtures.unique("Victim")).create();
		return this.cases.aCase(this.area.id()).victim(victim).involving(agency).openedOn(openedOn).create();
	}

	private String page(Actor actor, String path) throws Exception {
		return this.mvc.perform(get(path).with(SignedInAs.user(actor)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
