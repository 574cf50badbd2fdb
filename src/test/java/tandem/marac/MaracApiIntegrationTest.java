package tandem.marac;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tandem.Fixtures;
import tandem.Fixtures.AreaFixture;
import tandem.SignedInAs;
import tandem.TandemIntegrationTest;
import tandem.agency.Actor;
import tandem.agency.AgencyRef;
import tandem.agency.Role;
import tandem.cases.CaseFixtures;
import tandem.cases.CaseFixtures.CreatedCase;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The MARAC reads of the API: an invited agency's view of an agenda, and its open actions. */
@TandemIntegrationTest
@Import({ MaracFixtures.class, CaseFixtures.class })
class MaracApiIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MaracFixtures marac;

	@Autowired
	CaseFixtures cases;

	@Autowired
	JdbcClient jdbc;

	private AgencyRef police;

	private AgencyRef housing;

	private UUID meeting;

	private CreatedCase housingCase;

	@BeforeEach
	void agendaWithTwoCases() {
		AreaFixture area = this.fixtures.area();
		this.police = this.fixtures.agency(area, "police");
		this.housing = this.fixtures.agency(area, "housing");
		this.meeting = this.marac.meeting(area.id(), LocalDate.of(2027, 3, 4));
		this.housingCase = this.cases.aCase(area.id()).involving(this.police, this.housing).create();
		CreatedCase policeCase = this.cases.aCase(area.id()).involving(this.police).create();
		UUID item = this.marac.list(this.meeting, this.housingCase.id(), AgendaCategory.REPEAT);
		this.marac.list(this.meeting, policeCase.id(), AgendaCategory.NEW);
		Actor owner = this.fixtures.user(this.housing, Role.AGENCY_REPRESENTATIVE);
		this.jdbc.sql("""
				insert into marac_action (id, agenda_item_id, meeting_id, case_id, agency_id, owner_user_id, description,
				                          due_on, created_at)
				values (:id, :item, :meeting, :case, :agency, :owner, 'Review the tenancy', '2027-03-18', now())
				""")
			.param("id", UUID.randomUUID()).param("item", item).param("meeting", this.meeting)
			.param("case", this.housingCase.id()).param("agency", this.housing.id()).param("owner", owner.userId())
			.update();
	}

	@Test
	void refusedWithoutAToken() throws Exception {
		this.mvc.perform(get("/api/v1/meetings/" + this.meeting + "/agenda")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/actions")).andExpect(status().isUnauthorized());
	}

	@Test
	void anAgencyNotInvitedFindsNoMeeting() throws Exception {
		AgencyRef elsewhere = this.fixtures.agency(this.fixtures.area(), "housing");

		this.mvc.perform(get("/api/v1/meetings/" + this.meeting + "/agenda").with(system(elsewhere)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		this.mvc.perform(get("/api/v1/meetings/not-an-id/agenda").with(system(this.housing)))
			.andExpect(status().isNotFound());
	}

	@Test
	void anInvitedAgencySeesOnlyTheCasesItIsInvolvedIn() throws Exception {
		this.mvc.perform(get("/api/v1/meetings/" + this.meeting + "/agenda").with(system(this.housing)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.cases", hasSize(1)))
			.andExpect(jsonPath("$.cases[0].reference").value(this.housingCase.reference()))
			.andExpect(jsonPath("$.cases[0].category").value("REPEAT"))
			.andExpect(jsonPath("$.cases[0].riskLevel").value("HIGH"));
		this.mvc.perform(get("/api/v1/meetings/" + this.meeting + "/agenda").with(system(this.police)))
			.andExpect(jsonPath("$.cases", hasSize(2)));
	}

	@Test
	void anAgencyReadsItsOwnOpenActionsOnly() throws Exception {
		this.mvc.perform(get("/api/v1/actions").with(system(this.housing)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].description").value("Review the tenancy"))
			.andExpect(jsonPath("$[0].caseReference").value(this.housingCase.reference()));
		this.mvc.perform(get("/api/v1/actions").with(system(this.police))).andExpect(jsonPath("$", hasSize(0)));
	}

	@Test
	void theOpenApiDescriptionDocumentsBothReads() throws Exception {
		this.mvc.perform(get("/api/v1/openapi"))
			.andExpect(jsonPath("$.paths['/api/v1/meetings/{id}/agenda'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/actions'].get").exists());
	}

	private static RequestPostProcessor system(AgencyRef agency) {
		return SignedInAs.apiClient(Actor.apiClient(agency.qualifiedCode(), agency));
	}

}
