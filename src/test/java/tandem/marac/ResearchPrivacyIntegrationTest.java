package tandem.marac;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An agency's research is its own: no other agency reads it before the meeting, nor after unless it was shared, and
 * what it decided to withhold is never shown outside it.
 */
@TandemIntegrationTest
@Import({ MaracFixtures.class, CaseFixtures.class })
class ResearchPrivacyIntegrationTest {

	private static final String FACTS = "Three call-outs since June, the last a breach of bail";

	private static final String WITHHELD = "What an informant told the officer";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MaracFixtures marac;

	@Autowired
	CaseFixtures cases;

	private AgencyRef police;

	private Actor policeOfficer;

	private Actor housingOfficer;

	private Actor coordinator;

	private UUID pastItem;

	private UUID futureItem;

	@BeforeEach
	void researchOnTwoAgendas() {
		AreaFixture area = this.fixtures.area();
		this.police = this.fixtures.agency(area, "police");
		AgencyRef housing = this.fixtures.agency(area, "housing");
		AgencyRef idva = this.fixtures.agency(area, "idva");
		this.policeOfficer = this.fixtures.user(this.police, Role.AGENCY_REPRESENTATIVE);
		this.housingOfficer = this.fixtures.user(housing, Role.AGENCY_REPRESENTATIVE);
		this.coordinator = this.fixtures.user(idva, Role.COORDINATOR);
		CreatedCase aCase = this.cases.aCase(area.id()).involving(this.police, housing).create();
		this.pastItem = this.marac.list(this.marac.meeting(area.id(), LocalDate.of(2026, 3, 5)), aCase.id(),
				AgendaCategory.NEW);
		this.futureItem = this.marac.list(this.marac.meeting(area.id(), LocalDate.of(2099, 3, 5)), aCase.id(),
				AgendaCategory.NEW);
	}

	@Test
	void anotherAgencyCannotReadResearchBeforeTheMeeting() throws Exception {
		save(this.futureItem);

		assertThat(research(this.policeOfficer, this.futureItem)).contains(FACTS).contains(WITHHELD);
		assertThat(research(this.housingOfficer, this.futureItem)).doesNotContain(FACTS).doesNotContain(WITHHELD);
		assertThat(screen(this.futureItem)).doesNotContain(FACTS);
	}

	@Test
	void researchCannotBeSharedBeforeTheDayOfTheMeeting() throws Exception {
		save(this.futureItem);

		this.mvc.perform(post("/marac/items/" + this.futureItem + "/research/share")
			.with(SignedInAs.user(this.policeOfficer)).with(csrf()))
			.andExpect(status().isUnprocessableContent());
		assertThat(screen(this.futureItem)).doesNotContain(FACTS);
	}

	@Test
	void afterTheMeetingUnsharedResearchStaysPrivate() throws Exception {
		save(this.pastItem);

		assertThat(research(this.housingOfficer, this.pastItem)).doesNotContain(FACTS);
		assertThat(screen(this.pastItem)).doesNotContain(FACTS);
	}

	@Test
	void sharedResearchReachesTheMeetingButWhatWasWithheldNeverDoes() throws Exception {
		save(this.pastItem);
		this.mvc.perform(post("/marac/items/" + this.pastItem + "/research/share")
			.with(SignedInAs.user(this.policeOfficer)).with(csrf()))
			.andExpect(status().is3xxRedirection());

		assertThat(screen(this.pastItem)).contains(FACTS).doesNotContain(WITHHELD);
		assertThat(research(this.housingOfficer, this.pastItem)).doesNotContain(FACTS);
	}

	@Test
	void whatIsWithheldNeedsAReason() throws Exception {
		String page = this.mvc.perform(post("/marac/items/" + this.futureItem + "/research").param("facts", FACTS)
			.param("withheld", WITHHELD).param("version", "-1")
			.with(SignedInAs.user(this.policeOfficer)).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andReturn().getResponse().getContentAsString();

		assertThat(page).contains("Enter why you decided not to share it").contains(FACTS);
	}

	private void save(UUID item) throws Exception {
		this.mvc.perform(post("/marac/items/" + item + "/research").param("facts", FACTS)
			.param("opinion", "Risk is escalating").param("withheld", WITHHELD)
			.param("withheldReason", "Would identify the source").param("version", "-1")
			.with(SignedInAs.user(this.policeOfficer)).with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

	private String research(Actor actor, UUID item) throws Exception {
		return this.mvc.perform(get("/marac/items/" + item + "/research").with(SignedInAs.user(actor)))
			.andReturn().getResponse().getContentAsString();
	}

	private String screen(UUID item) throws Exception {
		return this.mvc.perform(get("/marac/items/" + item).with(SignedInAs.user(this.coordinator)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
	}

}
