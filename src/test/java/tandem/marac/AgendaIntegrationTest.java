package tandem.marac;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Referrals meeting the threshold land on the right meeting; the agenda is ordered as coordinators work. */
@TandemIntegrationTest
@Import({ MaracFixtures.class, CaseFixtures.class })
class AgendaIntegrationTest {

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

	@BeforeEach
	void partnership() {
		this.area = this.fixtures.area();
		this.police = this.fixtures.agency(this.area, "police");
		this.fixtures.agency(this.area, "idva");
	}

	@Test
	void aReferralOnTheCutOffDayMakesTheMeetingAndOneADayLaterGoesToTheNext() throws Exception {
		// The default schedule: fortnightly Thursdays from 8 January 2026, cut-off 5 working days before.
		String onTime = refer(15, "2026-01-15", "Okafor");
		String late = refer(15, "2026-01-16", "Mensah");

		assertThat(meetingDayOf(onTime)).isEqualTo(LocalDate.of(2026, 1, 22));
		assertThat(meetingDayOf(late)).isEqualTo(LocalDate.of(2026, 2, 5));
		assertThat(this.jdbc.sql("select category from agenda_item where case_id = cast(:c as uuid)")
			.param("c", onTime).query(String.class).single()).isEqualTo("NEW");
	}

	@Test
	void aReferralBelowTheThresholdIsNotListed() throws Exception {
		String caseId = refer(3, "2026-01-15", "Okafor");

		assertThat(this.jdbc.sql("select count(*) from agenda_item where case_id = cast(:c as uuid)")
			.param("c", caseId).query(Integer.class).single()).isZero();
	}

	@Test
	void twoReferralsOfTheSameCaseBeforeTheMeetingListItOnce() throws Exception {
		String first = refer(15, "2026-01-12", "Okafor");
		String again = refer(16, "2026-01-13", "Okafor");

		assertThat(again).isEqualTo(first);
		assertThat(this.jdbc.sql("select count(*) from agenda_item where case_id = cast(:c as uuid)")
			.param("c", first).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void aReassessmentThatNowMeetsTheThresholdListsAnUnlistedCase() throws Exception {
		CaseFixtures.CreatedCase aCase = this.cases.aCase(this.area.id()).riskLevel("MEDIUM").involving(this.police)
			.create();
		Actor officer = this.fixtures.user(this.police, Role.CASEWORKER);
		var request = post("/cases/" + aCase.id() + "/reassess").with(SignedInAs.user(officer))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("occasion", "NEW_INCIDENT").param("policeCalloutsLast12Months", "0")
			.param("professionalJudgement-applies", "no").param("professionalJudgement-reason", "")
			.param("dash-victimView", "");
		for (int q = 1; q <= 24; q++) {
			request.param("dash-answers-q" + q, q <= 15 ? "YES" : "NO");
		}

		this.mvc.perform(request).andExpect(status().is3xxRedirection());

		assertThat(this.jdbc.sql("select count(*) from agenda_item where case_id = :c and status = 'LISTED'")
			.param("c", aCase.id()).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void theAgendaListsEmergenciesThenRepeatsThenTransfersInThenNew() throws Exception {
		UUID meeting = this.marac.meeting(this.area.id(), LocalDate.of(2027, 3, 4));
		String newCase = listed(meeting, AgendaCategory.NEW);
		String transfer = listed(meeting, AgendaCategory.TRANSFER_IN);
		String repeat = listed(meeting, AgendaCategory.REPEAT);
		String emergency = listed(meeting, AgendaCategory.EMERGENCY);
		String secondNew = listed(meeting, AgendaCategory.NEW);
		Actor coordinator = this.fixtures.user(this.police, Role.COORDINATOR);

		String page = this.mvc.perform(get("/marac/meetings/" + meeting).with(SignedInAs.user(coordinator)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(List.of(emergency, repeat, transfer, newCase, secondNew)).allMatch(page::contains);
		assertThat(page.indexOf(emergency)).isLessThan(page.indexOf(repeat));
		assertThat(page.indexOf(repeat)).isLessThan(page.indexOf(transfer));
		assertThat(page.indexOf(transfer)).isLessThan(page.indexOf(newCase));
		assertThat(page.indexOf(newCase)).isLessThan(page.indexOf(secondNew));
		assertThat(page).contains("5 cases").contains("16").contains("20");
	}

	private String listed(UUID meeting, AgendaCategory category) {
		CaseFixtures.CreatedCase created = this.cases.aCase(this.area.id()).involving(this.police).create();
		this.marac.list(meeting, created.id(), category);
		return created.reference();
	}

	private LocalDate meetingDayOf(String caseId) {
		return this.jdbc.sql("""
				select m.held_on from agenda_item i join marac_meeting m on m.id = i.meeting_id
				where i.case_id = cast(:c as uuid) and i.status = 'LISTED'
				""").param("c", caseId).query(LocalDate.class).single();
	}

	/** Submits a referral through the API as the area's police system and returns its case id. */
	private String refer(int yesAnswers, String referredOn, String victimFamilyName) throws Exception {
		StringBuilder answers = new StringBuilder();
		for (int q = 1; q <= 24; q++) {
			answers.append(q > 1 ? ", " : "").append("\"q").append(q).append("\": \"")
				.append(q <= yesAnswers ? "YES" : "NO").append('"');
		}
		String body = """
				{"area": "%s", "referredOn": "%s",
				 "victim": {"givenName": "Amara", "familyName": "%s", "dateOfBirth": "1990-04-02", "gender": "FEMALE"},
				 "perpetrators": [{"givenName": "Rory", "familyName": "%s", "dateOfBirth": "1988-11-30",
				                   "relationshipToVictim": "EX_PARTNER"}],
				 "dash": {"answers": {%s}}, "policeCalloutsLast12Months": 0,
				 "victimAwareOfReferral": true, "consent": "GIVEN"}
				""".formatted(this.area.code(), referredOn, victimFamilyName + "-" + this.area.code(), "Brack-" + this.area.code(),
				answers);
		String response = this.mvc.perform(post("/api/v1/referrals").contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(SignedInAs.apiClient(Actor.apiClient(this.police.qualifiedCode(), this.police))))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return com.jayway.jsonpath.JsonPath.read(response, "$.caseId");
	}

}
