package tandem.marac;

import java.time.LocalDate;
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
import tandem.cases.CaseFixtures;
import tandem.cases.CaseFixtures.CreatedCase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Who sees a meeting's agenda and how much of it; observers; changing the agenda without losing a change. */
@TandemIntegrationTest
@Import({ MaracFixtures.class, CaseFixtures.class })
class MeetingPagesIntegrationTest {

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

	private AreaFixture area;

	private AgencyRef police;

	private AgencyRef housing;

	private UUID meeting;

	private UUID nextMeeting;

	private CreatedCase aCase;

	private UUID item;

	private String victimFamilyName;

	@BeforeEach
	void meetingWithACase() {
		this.area = this.fixtures.area();
		this.police = this.fixtures.agency(this.area, "police");
		this.housing = this.fixtures.agency(this.area, "housing");
		this.victimFamilyName = Fixtures.unique("Okonjo");
		UUID victim = this.cases.aPerson().named("Ada", this.victimFamilyName).create();
		this.aCase = this.cases.aCase(this.area.id()).victim(victim).involving(this.police).create();
		this.meeting = this.marac.meeting(this.area.id(), LocalDate.of(2027, 3, 4));
		this.nextMeeting = this.marac.meeting(this.area.id(), LocalDate.of(2027, 3, 18));
		this.item = this.marac.list(this.meeting, this.aCase.id(), AgendaCategory.NEW);
	}

	@Test
	void notSignedInGoesToSignIn() throws Exception {
		this.mvc.perform(get("/marac/meetings/" + this.meeting)).andExpect(redirectedUrl("/sign-in"));
	}

	@Test
	void someoneFromAnotherAreaFindsNothing() throws Exception {
		AgencyRef elsewhere = this.fixtures.agency(this.fixtures.area(), "police");
		Actor coordinatorElsewhere = this.fixtures.user(elsewhere, Role.COORDINATOR);

		this.mvc.perform(get("/marac/meetings/" + this.meeting).with(SignedInAs.user(coordinatorElsewhere)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/marac/items/" + this.item).with(SignedInAs.user(coordinatorElsewhere)))
			.andExpect(status().isNotFound());
		assertThat(refusals(coordinatorElsewhere)).isEqualTo(2);
	}

	@Test
	void theCoordinatorSeesTheCaseAndAnInvitedAgencyOnlyTheNameItNeedsForResearch() throws Exception {
		Actor coordinator = this.fixtures.user(this.police, Role.COORDINATOR);
		Actor housingOfficer = this.fixtures.user(this.housing, Role.AGENCY_REPRESENTATIVE);

		String coordinators = page(coordinator);
		String housings = page(housingOfficer);

		assertThat(coordinators).contains(this.victimFamilyName.toUpperCase(java.util.Locale.UK)).contains("High")
			.contains("/marac/items/" + this.item + "/change");
		assertThat(housings).contains(this.victimFamilyName.toUpperCase(java.util.Locale.UK))
			.doesNotContain(">High<").doesNotContain("/change");
		assertThat(viewsOf(coordinator)).isEqualTo(1);
		assertThat(viewsOf(housingOfficer)).isEqualTo(1);
	}

	@Test
	void aRestrictedCaseShowsNothingToThoseNotNamedOnIt() throws Exception {
		Actor named = this.fixtures.user(this.police, Role.CASEWORKER);
		CreatedCase restricted = this.cases.aCase(this.area.id()).involving(this.police).restrictedTo(named).create();
		this.marac.list(this.meeting, restricted.id(), AgendaCategory.NEW);
		Actor coordinator = this.fixtures.user(this.police, Role.COORDINATOR);

		assertThat(page(coordinator)).doesNotContain(restricted.reference()).contains("Restricted case");
	}

	@Test
	void anObserverSeesNothingUntilTheyAcceptTheConfidentialityStatement() throws Exception {
		Actor coordinator = this.fixtures.user(this.police, Role.COORDINATOR);
		AgencyRef university = this.fixtures.agency(this.fixtures.area(), "education");
		Actor observer = this.fixtures.user(university, Role.REFERRER);
		this.mvc.perform(post("/marac/meetings/" + this.meeting + "/observers").param("username", observer.name())
			.with(SignedInAs.user(coordinator)).with(csrf())).andExpect(status().is3xxRedirection());

		String before = page(observer);
		assertThat(before).contains("Confidentiality statement").doesNotContain(this.aCase.reference())
			.doesNotContain(this.victimFamilyName.toUpperCase(java.util.Locale.UK));

		this.mvc.perform(post("/marac/meetings/" + this.meeting + "/statement").with(SignedInAs.user(observer))
			.with(csrf())).andExpect(status().is3xxRedirection());

		String after = page(observer);
		assertThat(after).contains(this.aCase.reference())
			.doesNotContain(this.victimFamilyName.toUpperCase(java.util.Locale.UK));
		assertThat(this.jdbc.sql("""
				select count(*) from audit_event where actor_id = :actor and detail like '%accepted the confidentiality%'
				""").param("actor", observer.id()).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void anAgencyRepresentativeCannotChangeTheAgenda() throws Exception {
		Actor representative = this.fixtures.user(this.police, Role.AGENCY_REPRESENTATIVE);

		this.mvc.perform(post("/marac/items/" + this.item + "/change").param("change", "WITHDRAW")
			.param("reason", "Not needed").param("version", "0").with(SignedInAs.user(representative)).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.marac.status(this.item)).isEqualTo("LISTED");
	}

	@Test
	void aDeferredCaseGoesToTheNextMeetingAndCannotBeDeferredAgain() throws Exception {
		Actor coordinator = this.fixtures.user(this.police, Role.COORDINATOR);

		this.mvc.perform(change(coordinator, this.item, "DEFER", "Police research not back", 0))
			.andExpect(redirectedUrl("/marac/meetings/" + this.nextMeeting));
		UUID moved = this.jdbc.sql("select id from agenda_item where carried_from = :from")
			.param("from", this.item).query(UUID.class).single();

		String refused = this.mvc.perform(change(coordinator, moved, "DEFER", "Again", 0))
			.andExpect(status().isUnprocessableContent())
			.andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("already been deferred once");
		assertThat(this.marac.status(moved)).isEqualTo("LISTED");
		assertThat(this.marac.status(this.item)).isEqualTo("DEFERRED");
	}

	@Test
	void twoCoordinatorsChangingTheSameCaseDoNotLoseAChangeSilently() throws Exception {
		Actor first = this.fixtures.user(this.police, Role.COORDINATOR);
		Actor second = this.fixtures.user(this.police, Role.COORDINATOR);

		this.mvc.perform(change(first, this.item, "MOVE", "Extra meeting has room", 0).param("toMeeting",
				this.nextMeeting.toString())).andExpect(status().is3xxRedirection());
		String refused = this.mvc.perform(change(second, this.item, "WITHDRAW", "Victim moved away", 0))
			.andExpect(status().isConflict())
			.andReturn().getResponse().getContentAsString();

		assertThat(refused).contains("Someone else changed this case on the agenda");
		assertThat(this.marac.status(this.item)).isEqualTo("MOVED");
	}

	@Test
	void aChangeWithoutAReasonIsRefusedAndKeepsWhatWasChosen() throws Exception {
		Actor coordinator = this.fixtures.user(this.police, Role.COORDINATOR);

		String page = this.mvc.perform(change(coordinator, this.item, "WITHDRAW", "  ", 0))
			.andExpect(status().isUnprocessableContent())
			.andReturn().getResponse().getContentAsString();

		assertThat(page).contains("Error: ").contains("Enter the reason for the change").contains("value=\"WITHDRAW\" checked");
		assertThat(this.marac.status(this.item)).isEqualTo("LISTED");
	}

	@Test
	void theChairIsChosenFromTheAreasChairsAndCoordinators() throws Exception {
		Actor coordinator = this.fixtures.user(this.police, Role.COORDINATOR);
		Actor chair = this.fixtures.user(this.police, Role.CHAIR);
		Actor representative = this.fixtures.user(this.police, Role.AGENCY_REPRESENTATIVE);

		this.mvc.perform(post("/marac/meetings/" + this.meeting + "/chair").param("version", "0")
			.param("chair", representative.userId().toString()).with(SignedInAs.user(coordinator)).with(csrf()))
			.andExpect(status().isUnprocessableContent());
		this.mvc.perform(post("/marac/meetings/" + this.meeting + "/chair").param("version", "0")
			.param("chair", chair.userId().toString()).with(SignedInAs.user(coordinator)).with(csrf()))
			.andExpect(status().is3xxRedirection());

		assertThat(this.jdbc.sql("select chair_user_id from marac_meeting where id = :id").param("id", this.meeting)
			.query(UUID.class).single()).isEqualTo(chair.userId());
	}

	@Test
	void aMeetingWithCasesOnItCannotBeCancelled() throws Exception {
		Actor coordinator = this.fixtures.user(this.police, Role.COORDINATOR);

		String page = this.mvc.perform(post("/marac/meetings/" + this.meeting + "/cancel").param("version", "0")
			.with(SignedInAs.user(coordinator)).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andReturn().getResponse().getContentAsString();

		assertThat(page).contains("This meeting has 1 case on its agenda");
		assertThat(this.jdbc.sql("select cancelled_at is null from marac_meeting where id = :id")
			.param("id", this.meeting).query(Boolean.class).single()).isTrue();
		this.mvc.perform(post("/marac/meetings/" + this.nextMeeting + "/cancel").param("version", "0")
			.with(SignedInAs.user(coordinator)).with(csrf())).andExpect(redirectedUrl("/marac"));
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder change(Actor actor, UUID item,
			String change, String reason, int version) {
		return post("/marac/items/" + item + "/change").param("change", change).param("reason", reason)
			.param("version", String.valueOf(version)).with(SignedInAs.user(actor)).with(csrf());
	}

	private String page(Actor actor) throws Exception {
		return this.mvc.perform(get("/marac/meetings/" + this.meeting).with(SignedInAs.user(actor)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
	}

	private int viewsOf(Actor actor) {
		return this.jdbc.sql("""
				select count(*) from audit_event where actor_id = :actor and action = 'VIEW' and case_id = :case
				""").param("actor", actor.id()).param("case", this.aCase.id()).query(Integer.class).single();
	}

	private int refusals(Actor actor) {
		return this.jdbc.sql("select count(*) from audit_event where actor_id = :actor and action = 'ACCESS_REFUSED'")
			.param("actor", actor.id()).query(Integer.class).single();
	}

}
