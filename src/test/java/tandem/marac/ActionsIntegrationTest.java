package tandem.marac;

import java.time.LocalDate;
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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Timed actions: agreed at the meeting with their rules, seen and completed by the agency that owns them. */
@TandemIntegrationTest
@Import({ MaracFixtures.class, CaseFixtures.class })
class ActionsIntegrationTest {

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

	private Actor chair;

	private Actor policeOfficer;

	private Actor housingOfficer;

	private UUID item;

	@BeforeEach
	void meetingWithPolicePresent() {
		AreaFixture area = this.fixtures.area();
		this.police = this.fixtures.agency(area, "police");
		this.housing = this.fixtures.agency(area, "housing");
		this.chair = this.fixtures.user(this.police, Role.CHAIR);
		this.policeOfficer = this.fixtures.user(this.police, Role.AGENCY_REPRESENTATIVE);
		this.housingOfficer = this.fixtures.user(this.housing, Role.AGENCY_REPRESENTATIVE);
		CreatedCase aCase = this.cases.aCase(area.id()).involving(this.police).create();
		UUID meeting = this.marac.meeting(area.id(), LocalDate.of(2027, 3, 4));
		this.marac.present(meeting, this.police);
		this.item = this.marac.list(meeting, aCase.id(), AgendaCategory.NEW);
	}

	@Test
	void anActionDueBeforeTheMeetingIsRefusedWithEverythingTypedKept() throws Exception {
		String page = this.mvc.perform(action(this.policeOfficer, "Visit the victim with the IDVA", "3", "3", "2027"))
			.andExpect(status().isUnprocessableContent())
			.andReturn().getResponse().getContentAsString();

		assertThat(page).contains("The due date must be on or after the day of the meeting")
			.contains("Visit the victim with the IDVA");
		assertThat(actions()).isZero();
	}

	@Test
	void anOwnerFromAnAgencyNotAtTheMeetingIsRefused() throws Exception {
		String page = this.mvc.perform(action(this.housingOfficer, "Check the tenancy", "10", "3", "2027"))
			.andExpect(status().isUnprocessableContent())
			.andReturn().getResponse().getContentAsString();

		assertThat(page).contains("Choose an owner from an agency present at the meeting");
		assertThat(actions()).isZero();
	}

	@Test
	void anAgencyRepresentativeCannotAgreeActions() throws Exception {
		this.mvc.perform(post("/marac/items/" + this.item + "/actions").param("owner", this.policeOfficer.userId().toString())
			.param("description", "Anything").param("dueDay", "10").param("dueMonth", "3").param("dueYear", "2027")
			.with(SignedInAs.user(this.policeOfficer)).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(actions()).isZero();
	}

	@Test
	void theOwningAgencySeesItsActionOnItsPagesAndCompletesItAnotherAgencyCannot() throws Exception {
		this.mvc.perform(action(this.policeOfficer, "Flag the address for urgent response", "10", "3", "2027"))
			.andExpect(status().is3xxRedirection());
		UUID action = this.jdbc.sql("select id from marac_action where agenda_item_id = :i").param("i", this.item)
			.query(UUID.class).single();

		assertThat(get(this.policeOfficer, "/marac/actions")).contains("Flag the address for urgent response");
		assertThat(get(this.policeOfficer, "/")).contains("Your agency’s open MARAC actions");
		assertThat(get(this.housingOfficer, "/marac/actions")).doesNotContain("Flag the address");

		this.mvc.perform(post("/marac/actions/" + action).param("version", "0").param("note", "Flagged")
			.param("what", "complete").with(SignedInAs.user(this.housingOfficer)).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/marac/actions/" + action).param("version", "0").param("note", "")
			.param("what", "complete").with(SignedInAs.user(this.policeOfficer)).with(csrf()))
			.andExpect(status().isUnprocessableContent());
		this.mvc.perform(post("/marac/actions/" + action).param("version", "0").param("note", "Flagged on 9 March")
			.param("what", "complete").with(SignedInAs.user(this.policeOfficer)).with(csrf()))
			.andExpect(status().is3xxRedirection());

		assertThat(this.jdbc.sql("select status || ':' || outcome from marac_action where id = :id").param("id", action)
			.query(String.class).single()).isEqualTo("DONE:Flagged on 9 March");
		assertThat(get(this.policeOfficer, "/marac/actions")).doesNotContain("Flag the address");
	}

	private MockHttpServletRequestBuilder action(Actor owner, String what, String day, String month, String year) {
		return post("/marac/items/" + this.item + "/actions").param("owner", owner.userId().toString())
			.param("description", what).param("dueDay", day).param("dueMonth", month).param("dueYear", year)
			.with(SignedInAs.user(this.chair)).with(csrf());
	}

	private String get(Actor actor, String path) throws Exception {
		return this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
			.with(SignedInAs.user(actor))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private int actions() {
		return this.jdbc.sql("select count(*) from marac_action where agenda_item_id = :i").param("i", this.item)
			.query(Integer.class).single();
	}

}
