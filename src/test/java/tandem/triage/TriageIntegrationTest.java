package tandem.triage;

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
import tandem.casework.CaseworkScenario;
import tandem.directory.DirectoryFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The daily meeting's queue: referrals routed to triage arrive, wait, and leave with a route. */
@TandemIntegrationTest
@Import({ CaseworkScenario.class, DirectoryFixtures.class })
class TriageIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	CaseworkScenario scenario;

	@Autowired
	DirectoryFixtures directory;

	@Autowired
	JdbcClient jdbc;

	private AreaFixture area;

	private AgencyRef police;

	private AgencyRef idva;

	private Actor member;

	private UUID caseId;

	private UUID item;

	@BeforeEach
	void aReferralBelowTheThreshold() throws Exception {
		this.area = this.fixtures.area();
		this.police = this.fixtures.agency(this.area, "police");
		this.idva = this.fixtures.agency(this.area, "idva");
		this.member = this.fixtures.user(this.fixtures.agency(this.area, "childrens-social-care"), Role.TRIAGE);
		this.caseId = this.scenario.refer(this.area, this.police, 4, CaseworkScenario.uniqueFamily());
		this.item = this.jdbc.sql("select id from triage_item where case_id = :case").param("case", this.caseId)
			.query(UUID.class).single();
	}

	@Test
	void theQueueIsRefusedWithoutSigningInAndToOtherRolesAndAreas() throws Exception {
		this.mvc.perform(get("/triage")).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/triage").with(SignedInAs.user(this.fixtures.user(this.police, Role.REFERRER))))
			.andExpect(status().isForbidden());
		Actor elsewhere = this.fixtures.user(this.fixtures.agency(this.fixtures.area(), "police"), Role.TRIAGE);
		this.mvc.perform(get("/triage/" + this.item).with(SignedInAs.user(elsewhere))).andExpect(status().isNotFound());
	}

	@Test
	void theQueueShowsWhatIsWaitingAndForHowLong() throws Exception {
		this.mvc.perform(get("/triage").with(SignedInAs.user(this.member)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/triage/" + this.item)))
			.andExpect(content().string(containsString("minute")));
	}

	@Test
	void noFurtherActionNeedsAReason() throws Exception {
		decide("NO_FURTHER_ACTION").andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter why no further action is needed")));
		assertThat(route()).isNull();

		this.mvc.perform(post("/triage/" + this.item).param("route", "NO_FURTHER_ACTION").param("version", "0")
			.param("reason", "Already supported elsewhere").with(SignedInAs.user(this.member)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(route()).isEqualTo("NO_FURTHER_ACTION");
	}

	@Test
	void theIdvaRouteOpensTheIdvaServicesCaseWithTheActions() throws Exception {
		this.mvc.perform(post("/triage/" + this.item).param("route", "IDVA").param("version", "0")
			.param("actions", "Police to share call-out history\n\nIDVA to attempt contact within 48 hours")
			.with(SignedInAs.user(this.member)).with(csrf()))
			.andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/triage"));

		assertThat(route()).isEqualTo("IDVA");
		assertThat(this.scenario.openSupportCase(this.caseId, this.idva.id())).isPresent();
		assertThat(this.jdbc.sql("select description from triage_action a join triage_item t on t.id = a.triage_item_id "
				+ "where t.id = :id order by position").param("id", this.item).query(String.class).list())
			.containsExactly("Police to share call-out history", "IDVA to attempt contact within 48 hours");
		this.mvc.perform(get("/triage").with(SignedInAs.user(this.member)))
			.andExpect(content().string(not(containsString("referral waiting"))));

		this.mvc.perform(post("/triage/" + this.item).param("route", "MARAC").param("version", "0")
			.with(SignedInAs.user(this.member)).with(csrf()))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Someone else routed this referral")));
		assertThat(route()).isEqualTo("IDVA");
	}

	@Test
	void theMaracRouteListsTheCaseOnTheAreasNextMeeting() throws Exception {
		decide("MARAC").andExpect(status().is3xxRedirection());

		assertThat(route()).isEqualTo("MARAC");
		assertThat(this.jdbc.sql("""
				select i.category from agenda_item i join marac_meeting m on m.id = i.meeting_id
				where i.case_id = :case and m.area_id = :area
				""").param("case", this.caseId).param("area", this.area.id()).query(String.class).list())
			.containsExactly("NEW");
	}

	@Test
	void theServiceRouteLeadsToTheConsentedOnwardReferral() throws Exception {
		UUID outreach = this.directory.service(this.fixtures.agency(this.area, "specialist-domestic-abuse"), this.area,
				"OUTREACH", "Outreach team", null);
		decide("SERVICE").andExpect(content().string(containsString("Select the service")));

		this.mvc.perform(post("/triage/" + this.item).param("route", "SERVICE").param("service", outreach.toString())
			.param("version", "0").with(SignedInAs.user(this.member)).with(csrf()))
			.andExpect(redirectedUrl("/cases/" + this.caseId + "/onward-referrals/new?service=" + outreach));
		assertThat(route()).isEqualTo("SERVICE");
	}

	private org.springframework.test.web.servlet.ResultActions decide(String route) throws Exception {
		return this.mvc.perform(post("/triage/" + this.item).param("route", route).param("version", "0")
			.with(SignedInAs.user(this.member)).with(csrf()));
	}

	private String route() {
		return this.jdbc.sql("select route from triage_item where id = :id").param("id", this.item)
			.query(String.class).optional().orElse(null);
	}

}
