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
import tandem.web.PdfPages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Minutes contain only what each agency may see, as a page and a PDF; sending them is audited as a disclosure. */
@TandemIntegrationTest
@Import({ MaracFixtures.class, CaseFixtures.class })
class MinutesIntegrationTest {

	private static final String SHARED_ON_BOTH = "Housing moved the family to a safer tenancy";

	private static final String SHARED_ON_POLICE_ONLY = "Police hold intelligence on weapons";

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

	private Actor coordinator;

	private Actor housingOfficer;

	private UUID meeting;

	private CreatedCase shared;

	private CreatedCase policeOnly;

	@BeforeEach
	void aMeetingWithTwoCases() throws Exception {
		AreaFixture area = this.fixtures.area();
		AgencyRef police = this.fixtures.agency(area, "police");
		AgencyRef housing = this.fixtures.agency(area, "housing");
		this.coordinator = this.fixtures.user(police, Role.COORDINATOR);
		this.housingOfficer = this.fixtures.user(housing, Role.AGENCY_REPRESENTATIVE);
		this.marac.email(this.housingOfficer.userId(), Fixtures.unique("housing") + "@housing.example");
		this.meeting = this.marac.meeting(area.id(), LocalDate.of(2027, 3, 4));
		this.shared = this.cases.aCase(area.id()).involving(police, housing).create();
		this.policeOnly = this.cases.aCase(area.id()).involving(police).create();
		share(this.marac.list(this.meeting, this.shared.id(), AgendaCategory.NEW), housing, SHARED_ON_BOTH);
		share(this.marac.list(this.meeting, this.policeOnly.id(), AgendaCategory.NEW), police, SHARED_ON_POLICE_ONLY);
	}

	@Test
	void anAgencyReadsOnlyTheCasesItMaySeeOnThePageAndInThePdf() throws Exception {
		String page = this.mvc.perform(get("/marac/meetings/" + this.meeting + "/minutes")
			.with(SignedInAs.user(this.housingOfficer)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		byte[] pdf = this.mvc.perform(get("/marac/meetings/" + this.meeting + "/minutes.pdf")
			.with(SignedInAs.user(this.housingOfficer)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		String pdfText = PdfPages.text(pdf);

		assertThat(page).contains("OFFICIAL-SENSITIVE").contains(SHARED_ON_BOTH).contains(this.shared.reference())
			.doesNotContain(SHARED_ON_POLICE_ONLY).doesNotContain(this.policeOnly.reference())
			.contains("1 further case was discussed");
		assertThat(pdfText).contains("OFFICIAL-SENSITIVE").contains(SHARED_ON_BOTH).doesNotContain(SHARED_ON_POLICE_ONLY);
	}

	@Test
	void theCoordinatorReadsEveryCase() throws Exception {
		String page = this.mvc.perform(get("/marac/meetings/" + this.meeting + "/minutes")
			.with(SignedInAs.user(this.coordinator)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

		assertThat(page).contains(SHARED_ON_BOTH).contains(SHARED_ON_POLICE_ONLY);
	}

	@Test
	void someoneWithoutASeatCannotReadOrSendThem() throws Exception {
		Actor outsider = this.fixtures.user(this.fixtures.agency(this.fixtures.area(), "police"), Role.COORDINATOR);

		this.mvc.perform(get("/marac/meetings/" + this.meeting + "/minutes").with(SignedInAs.user(outsider)))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/marac/meetings/" + this.meeting + "/minutes/send").with(SignedInAs.user(outsider))
			.with(csrf())).andExpect(status().isNotFound());
		assertThat(disclosures()).isZero();
	}

	@Test
	void sendingDisclosesEachCaseToEachEntitledAgencyAndSaysOnlyThatMinutesAreWaiting() throws Exception {
		this.mvc.perform(post("/marac/meetings/" + this.meeting + "/minutes/send").with(SignedInAs.user(this.coordinator))
			.with(csrf())).andExpect(status().is3xxRedirection());

		// Police are involved in both cases, housing in one.
		assertThat(disclosures()).isEqualTo(3);
		assertThat(this.jdbc.sql("""
				select body from outbox_email where recipient = (select email from app_user where id = :u)
				""").param("u", this.housingOfficer.userId()).query(String.class).single())
			.startsWith("New MARAC minutes are available in Tandem").doesNotContain(this.shared.reference());
	}

	private void share(UUID item, AgencyRef agency, String text) throws Exception {
		this.mvc.perform(post("/marac/items/" + item + "/shared").param("agency", agency.id().toString())
			.param("information", text).with(SignedInAs.user(this.coordinator)).with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

	private int disclosures() {
		return this.jdbc.sql("""
				select count(*) from audit_event where action = 'DISCLOSE' and subject_type = 'marac-minutes'
				and subject_id = :m
				""").param("m", this.meeting.toString()).query(Integer.class).single();
	}

}
