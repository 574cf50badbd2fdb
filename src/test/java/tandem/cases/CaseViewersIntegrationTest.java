package tandem.cases;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** "Who has viewed this case": for the coordinators and chairs of the case's area only. */
@TandemIntegrationTest
@Import({ CaseFixtures.class, CaseAuditRecords.class })
class CaseViewersIntegrationTest {

	static final String REASON = "Called to an incident at the victim's address tonight";

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
		this.aCase = this.cases.aCase(this.area.id()).involving(this.police).create();
	}

	@Test
	void notSignedInIsSentToSignIn() throws Exception {
		this.mvc.perform(get(this.aCase.path() + "/views")).andExpect(status().is3xxRedirection());
	}

	@Test
	void refusedToAnyoneButTheAreasCoordinatorsAndChairs() throws Exception {
		Actor officer = this.fixtures.user(this.police, Role.REFERRER, Role.AGENCY_REPRESENTATIVE);
		Actor otherCoordinator = this.fixtures.user(this.fixtures.agency(this.fixtures.area(), "idva"),
				Role.COORDINATOR);
		Actor administrator = this.fixtures.user(this.police, Role.ADMINISTRATOR);

		page(officer, this.aCase.path() + "/views", 403);
		page(otherCoordinator, this.aCase.path() + "/views", 403);
		page(administrator, this.aCase.path() + "/views", 403);

		assertThat(this.audit.of(otherCoordinator)).containsExactly(
				new Recorded("ACCESS_REFUSED", "case", this.aCase.id(), "REFUSED", "agency not involved"));
	}

	@Test
	void restrictedCaseTrailIsHiddenFromAnUnnamedCoordinator() throws Exception {
		Actor coordinator = this.fixtures.user(this.fixtures.agency(this.area, "idva"), Role.COORDINATOR);
		CreatedCase restricted = this.cases.aCase(this.area.id()).restrictedTo(this.fixtures.user(this.police)).create();

		page(coordinator, restricted.path() + "/views", 404);
		page(coordinator, "/cases/not-an-id/views", 404);
	}

	@Test
	void coordinatorSeesEveryViewWithBreakGlassHighlightedAndTheirOwnLookIsRecorded() throws Exception {
		Actor officer = this.fixtures.user(this.police, Role.REFERRER);
		Actor outsider = this.fixtures.user(this.fixtures.agency(this.area, "housing"), Role.CASEWORKER);
		Actor chair = this.fixtures.user(this.fixtures.agency(this.area, "probation"), Role.CHAIR);
		page(officer, this.aCase.path(), 200);
		this.mvc.perform(post(this.aCase.path() + "/break-glass").param("reason", REASON)
			.with(SignedInAs.user(outsider))
			.with(csrf())).andExpect(status().is3xxRedirection());

		String html = page(chair, this.aCase.path() + "/views", 200);

		assertThat(html).contains("Who has viewed this case", officer.name(), this.police.qualifiedCode(),
				outsider.name(), "Emergency access", REASON, "basis: agency involved");
		assertThat(this.audit.of(chair)).extracting(Recorded::subjectType, Recorded::caseId)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("case-views", this.aCase.id()));
	}

	private String page(Actor actor, String path, int status) throws Exception {
		return this.mvc.perform(get(path).with(SignedInAs.user(actor)))
			.andExpect(status().is(status))
			.andReturn()
			.getResponse()
			.getContentAsString()
			.replace("&#39;", "'");
	}

}
