package tandem.alerts;

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
import tandem.agency.Role;
import tandem.cases.CaseFixtures;
import tandem.cases.CaseRegister.RegisteredCase;
import tandem.person.PersonRecords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A perpetrator with a victim in the north and another in the south: the north's coordinators learn which of their
 * cases, that the person is known in the south and whom to call there, and nothing of the south's case.
 */
@TandemIntegrationTest
@Import({ CaseFixtures.class, AlertScenario.class })
class AlertPagesIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	CaseFixtures cases;

	@Autowired
	AlertScenario scenario;

	@Autowired
	PersonRecords people;

	@Autowired
	JdbcClient jdbc;

	private Actor northCoordinator;

	private Actor southCoordinator;

	private String southArea;

	private RegisteredCase northCase;

	private RegisteredCase southCase;

	private String southVictim;

	private UUID northAlert;

	@BeforeEach
	void aPerpetratorInTwoAreas() {
		AreaFixture north = this.fixtures.area();
		AreaFixture south = this.fixtures.area();
		this.northCoordinator = this.scenario.coordinator(this.fixtures, north);
		this.southCoordinator = this.scenario.coordinator(this.fixtures, south);
		this.southArea = "Test area " + south.code();
		UUID perpetrator = this.cases.aPerson().create();
		this.northCase = this.scenario.open(north, this.cases.aPerson().create(), perpetrator);
		UUID southVictimId = this.cases.aPerson().create();
		this.southVictim = this.people.details(java.util.List.of(southVictimId)).get(southVictimId).fullName();
		this.southCase = this.scenario.open(south, southVictimId, perpetrator);
		this.northAlert = this.jdbc.sql("select id from person_alert where area_id = :area and person_id = :p")
			.param("area", north.id()).param("p", perpetrator).query(UUID.class).single();
	}

	@Test
	void notSignedInIsSentToSignIn() throws Exception {
		this.mvc.perform(get("/alerts")).andExpect(redirectedUrl("/sign-in"));
		this.mvc.perform(post("/alerts/" + this.northAlert + "/acknowledge").with(csrf()))
			.andExpect(redirectedUrl("/sign-in"));
	}

	@Test
	void aCaseworkerIsRefusedAndSeesNoAlertsOnTheirHomePage() throws Exception {
		Actor caseworker = this.fixtures.user(this.northCoordinator.agency(), Role.CASEWORKER);

		this.mvc.perform(get("/alerts").with(SignedInAs.user(caseworker))).andExpect(status().isForbidden());
		this.mvc.perform(post("/alerts/" + this.northAlert + "/acknowledge").with(SignedInAs.user(caseworker))
			.with(csrf())).andExpect(status().isForbidden());
		assertThat(html(caseworker, "/")).doesNotContain("See and acknowledge your alerts")
			.doesNotContain(this.northCase.reference())
			.doesNotContain("href=\"/alerts\"");
	}

	@Test
	void anotherAreasCoordinatorSeesNothingOfThisAreasAlertAndCannotAcknowledgeIt() throws Exception {
		Actor eastCoordinator = this.scenario.coordinator(this.fixtures, this.fixtures.area());

		assertThat(html(eastCoordinator, "/alerts")).contains("You have no open alerts")
			.doesNotContain(this.northCase.reference()).doesNotContain(this.southCase.reference());
		this.mvc.perform(post("/alerts/" + this.northAlert + "/acknowledge").param("note", "not mine")
			.with(SignedInAs.user(eastCoordinator)).with(csrf())).andExpect(status().isNotFound());
		assertThat(state(this.northAlert)).isEqualTo("open");
		assertThat(this.jdbc.sql("""
				select count(*) from audit_event where action = 'ACCESS_REFUSED' and subject_id = :id and actor_id = :actor
				""").param("id", this.northAlert.toString()).param("actor", eastCoordinator.id())
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void theCoordinatorLearnsTheirOwnCaseAndWhomToCallElsewhereAndNothingOfTheOtherAreasCase() throws Exception {
		String page = html(this.northCoordinator, "/alerts");

		assertThat(page).contains("Perpetrator known in another area")
			.contains(this.northCase.reference())
			.contains(this.southArea)
			.contains(this.southCoordinator.name() + "@example.org")
			.doesNotContain(this.southCase.reference())
			.doesNotContain(this.southCase.id().toString())
			.doesNotContain(this.southVictim)
			.doesNotContain("HIGH");
		assertThat(this.jdbc.sql("""
				select count(*) from audit_event where action = 'VIEW' and subject_type = 'person-alert-list'
				and actor_id = :actor and detail = 'alert list, 1 open alerts, 0 acknowledged'
				""").param("actor", this.northCoordinator.id()).query(Long.class).single()).isEqualTo(1);
		assertThat(html(this.southCoordinator, "/alerts")).contains(this.southCase.reference())
			.doesNotContain(this.northCase.reference());
	}

	@Test
	void theHomePageShowsTheCoordinatorTheirAlertsAlone() throws Exception {
		assertThat(html(this.northCoordinator, "/")).contains("See and acknowledge your alerts")
			.contains("<a class=\"govuk-service-navigation__link\" href=\"/alerts\">Alerts</a>")
			.contains(this.northCase.reference())
			.contains(this.southArea)
			.doesNotContain(this.southCase.reference())
			.doesNotContain(this.southVictim);
	}

	@Test
	void acknowledgingWithANoteClosesTheAlertAndIsAudited() throws Exception {
		this.mvc.perform(post("/alerts/" + this.northAlert + "/acknowledge").param("note", " Spoke to the south ")
			.with(SignedInAs.user(this.northCoordinator)).with(csrf())).andExpect(redirectedUrl("/alerts"));

		assertThat(state(this.northAlert)).isEqualTo("acknowledged");
		assertThat(this.jdbc.sql("select note from person_alert where id = :id").param("id", this.northAlert)
			.query(String.class).single()).isEqualTo("Spoke to the south");
		assertThat(this.jdbc.sql("""
				select detail from audit_event where action = 'CHANGE' and subject_id = :id and actor_id = :actor
				""").param("id", this.northAlert.toString()).param("actor", this.northCoordinator.id())
			.query(String.class).single()).isEqualTo("acknowledged with a note");
		assertThat(html(this.northCoordinator, "/alerts")).contains("You have no open alerts")
			.contains("Acknowledged in the last 90 days")
			.contains(this.northCase.reference())
			.contains("<dd class=\"govuk-summary-list__value\">" + this.northCoordinator.name() + "</dd>")
			.contains("Spoke to the south")
			.doesNotContain(this.southCase.reference());
		// The other area's coordinator sees neither the acknowledgement nor its note: their own alert is still open.
		assertThat(html(this.southCoordinator, "/alerts")).contains("No alerts were acknowledged in the last 90 days")
			.doesNotContain("Spoke to the south");
	}

	@Test
	void aNoteTooLongIsRefusedWithWhatWasTypedAndAMalformedIdIsNotFound() throws Exception {
		String typed = "x".repeat(AlertAcknowledgement.NOTE_MAX + 1);

		String page = this.mvc.perform(post("/alerts/" + this.northAlert + "/acknowledge").param("note", typed)
			.with(SignedInAs.user(this.northCoordinator)).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andReturn().getResponse().getContentAsString();

		assertThat(page).contains("<title>Error: ").contains("Note must be 2000 characters or fewer").contains(typed);
		assertThat(state(this.northAlert)).isEqualTo("open");
		this.mvc.perform(post("/alerts/not-an-id/acknowledge").with(SignedInAs.user(this.northCoordinator))
			.with(csrf())).andExpect(status().isNotFound());
	}

	private String html(Actor actor, String path) throws Exception {
		return this.mvc.perform(get(path).with(SignedInAs.user(actor)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
	}

	private String state(UUID alert) {
		return this.jdbc.sql("""
				select case when acknowledged_at is not null then 'acknowledged' else 'open' end
				from person_alert where id = :id
				""").param("id", alert).query(String.class).single();
	}

}
