package tandem.directory;

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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Onward referrals from a case to a directory service: consent, what the service sees, its decisions, the API. */
@TandemIntegrationTest
@Import({ DirectoryFixtures.class, CaseFixtures.class })
class OnwardReferralIntegrationTest {

	private static final String UNSAFE = "07700 900555";

	private static final String SAFE = "07700 900444";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	CaseFixtures cases;

	@Autowired
	DirectoryFixtures directory;

	@Autowired
	JdbcClient jdbc;

	private AreaFixture area;

	private AgencyRef idva;

	private AgencyRef womensAid;

	private Actor idvaWorker;

	private Actor refugeWorker;

	private CreatedCase aCase;

	private UUID refuge;

	private String perpetratorFamily;

	@BeforeEach
	void caseAndRefuge() {
		AreaFixture area = this.fixtures.area();
		this.area = area;
		this.idva = this.fixtures.agency(area, "idva");
		this.womensAid = this.fixtures.agency(area, "specialist-domestic-abuse");
		this.idvaWorker = this.fixtures.user(this.idva, Role.CASEWORKER);
		this.refugeWorker = this.fixtures.user(this.womensAid, Role.CASEWORKER);
		this.perpetratorFamily = Fixtures.unique("Harrow");
		UUID victim = this.cases.aPerson().named("Nadia", Fixtures.unique("Okafor"))
			.contact("PHONE", UNSAFE, false, null).contact("PHONE", SAFE, true, "After 6pm, text first").create();
		this.aCase = this.cases.aCase(area.id()).victim(victim)
			.perpetrator(this.cases.aPerson().named("Kester", this.perpetratorFamily).create(), "PARTNER")
			.involving(this.idva).create();
		this.refuge = this.directory.service(this.womensAid, area, "REFUGE", "Test refuge", 2);
	}

	@Test
	void sendingIsRefusedWithoutSigningInAndToAgenciesNotOnTheCase() throws Exception {
		this.mvc.perform(send("GIVEN", "")).andExpect(status().is3xxRedirection());
		this.mvc.perform(send("GIVEN", "").with(SignedInAs.user(this.refugeWorker)).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(referrals()).isZero();
	}

	@Test
	void withoutConsentTheLawfulBasisIsRequiredAndTheOverrideAudited() throws Exception {
		this.mvc.perform(send("NOT_GIVEN", "").with(SignedInAs.user(this.idvaWorker)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Select the lawful basis for sharing without consent")))
			.andExpect(content().string(containsString("Enter why sharing without consent is necessary")));
		assertThat(referrals()).isZero();

		this.mvc.perform(send("NOT_GIVEN", "SAFEGUARDING").param("lawfulBasisNote", "Children at immediate risk")
			.with(SignedInAs.user(this.idvaWorker)).with(csrf()))
			.andExpect(status().is3xxRedirection());

		assertThat(referrals()).isOne();
		assertThat(this.jdbc.sql("""
				select detail from audit_event where case_id = :case and action = 'SHARE' and actor_id = :actor
				""").param("case", this.aCase.id()).param("actor", this.idvaWorker.id()).query(String.class).single())
			.contains("WITHOUT CONSENT (override), lawful basis SAFEGUARDING");
	}

	@Test
	void theReceivingServiceSeesOnlyWhatTheReferralSharesUntilItAccepts() throws Exception {
		UUID referral = sent("NAME", "CONTACT");

		this.mvc.perform(get("/service-referrals/" + referral).with(SignedInAs.user(this.refugeWorker)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nadia")))
			.andExpect(content().string(containsString(SAFE)))
			.andExpect(content().string(containsString("After 6pm, text first")))
			.andExpect(content().string(not(containsString(UNSAFE))))
			.andExpect(content().string(not(containsString(this.perpetratorFamily))))
			.andExpect(content().string(not(containsString(this.aCase.reference()))));
		// Not involved in the case: refused (with only the audited emergency access offered), and nothing of it shown.
		this.mvc.perform(get(this.aCase.path()).with(SignedInAs.user(this.refugeWorker)))
			.andExpect(status().isForbidden())
			.andExpect(content().string(not(containsString(this.perpetratorFamily))));

		Actor outsider = this.fixtures.user(this.fixtures.agency(this.fixtures.area(), "housing"), Role.CASEWORKER);
		this.mvc.perform(get("/service-referrals/" + referral).with(SignedInAs.user(outsider)))
			.andExpect(status().isNotFound());

		decide(referral, "accept").andExpect(status().is3xxRedirection());
		this.mvc.perform(get(this.aCase.path()).with(SignedInAs.user(this.refugeWorker))).andExpect(status().isOk());
		assertThat(this.jdbc.sql("select count(*) from support_case where case_id = :case and agency_id = :agency")
			.param("case", this.aCase.id()).param("agency", this.womensAid.id()).query(Long.class).single()).isOne();
	}

	@Test
	void decliningNeedsAReasonAndOnlyTheReceivingServiceDecides() throws Exception {
		UUID referral = sent("NAME");
		decide(referral, "decline").andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter why you are declining this referral")));
		assertThat(statusOf(referral)).isEqualTo("SENT");

		this.mvc.perform(post("/service-referrals/" + referral + "/accept").param("version", "0")
			.with(SignedInAs.user(this.idvaWorker)).with(csrf())).andExpect(status().isForbidden());
		assertThat(statusOf(referral)).isEqualTo("SENT");

		this.mvc.perform(post("/service-referrals/" + referral + "/decline").param("version", "0")
			.param("declineReason", "No space for a family of five")
			.with(SignedInAs.user(this.refugeWorker)).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(statusOf(referral)).isEqualTo("DECLINED");
	}

	@Test
	void aServicesSystemReadsItsIncomingReferralsAndNoOneElses() throws Exception {
		UUID referral = sent("RISK");
		Actor system = Actor.apiClient(this.womensAid.qualifiedCode(), this.womensAid);
		this.mvc.perform(get("/api/v1/service-referrals/" + referral).with(SignedInAs.apiClient(system)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SENT"))
			.andExpect(jsonPath("$.riskLevel").value("High"))
			.andExpect(jsonPath("$.name").doesNotExist());
		this.mvc.perform(get("/api/v1/service-referrals").with(SignedInAs.apiClient(system)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value(referral.toString()));

		Actor idvaSystem = Actor.apiClient(this.idva.qualifiedCode(), this.idva);
		this.mvc.perform(get("/api/v1/service-referrals/" + referral).with(SignedInAs.apiClient(idvaSystem)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/service-referrals/" + referral)).andExpect(status().isUnauthorized());
	}

	@Test
	void aPerpetratorProgrammeSeesThePerpetratorNotTheVictimAndRecordsEngagement() throws Exception {
		AgencyRef probation = this.fixtures.agency(this.fixtures.area(), "probation");
		UUID programme = this.directory.service(probation, this.area, "PERPETRATOR_PROGRAMME", "Change", null);
		Actor facilitator = this.fixtures.user(probation, Role.CASEWORKER);
		this.mvc.perform(post(this.aCase.path() + "/onward-referrals").param("service", programme.toString())
			.param("reason", "Wants help to change").param("consent", "GIVEN").param("share", "NAME")
			.param("share", "CONTACT").with(SignedInAs.user(this.idvaWorker)).with(csrf()))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Select whether attendance is required")));
		this.mvc.perform(post(this.aCase.path() + "/onward-referrals").param("service", programme.toString())
			.param("reason", "Wants help to change").param("consent", "GIVEN").param("share", "NAME")
			.param("share", "CONTACT").param("mandated", "NO").with(SignedInAs.user(this.idvaWorker)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		UUID referral = this.jdbc.sql("select id from onward_referral where service_id = :s").param("s", programme)
			.query(UUID.class).single();

		this.mvc.perform(get("/service-referrals/" + referral).with(SignedInAs.user(facilitator)))
			.andExpect(content().string(containsString("Kester " + this.perpetratorFamily)))
			.andExpect(content().string(not(containsString("Nadia"))))
			.andExpect(content().string(not(containsString(SAFE))));
		this.mvc.perform(post("/service-referrals/" + referral + "/accept").param("version", "0")
			.with(SignedInAs.user(facilitator)).with(csrf())).andExpect(status().is3xxRedirection());
		this.mvc.perform(post("/service-referrals/" + referral + "/engagement").param("version", "1")
			.param("engagement", "COMPLETED").with(SignedInAs.user(facilitator)).with(csrf()))
			.andExpect(status().is3xxRedirection());

		assertThat(this.jdbc.sql("select engagement || ' ' || mandated from onward_referral where id = :id")
			.param("id", referral).query(String.class).single()).isEqualTo("COMPLETED false");
		assertThat(this.jdbc.sql("select count(*) from support_case where agency_id = :a").param("a", probation.id())
			.query(Long.class).single()).isZero();
	}

	@Test
	void theOpenApiDescriptionDocumentsTheServiceReferralReads() throws Exception {
		this.mvc.perform(get("/api/v1/openapi"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/service-referrals'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/service-referrals/{id}'].get").exists());
	}

	private UUID sent(String... shares) throws Exception {
		MockHttpServletRequestBuilder request = send("GIVEN", "");
		for (String share : shares) {
			request.param("share", share);
		}
		this.mvc.perform(request.with(SignedInAs.user(this.idvaWorker)).with(csrf())).andExpect(status().is3xxRedirection());
		return this.jdbc.sql("select id from onward_referral where case_id = :case").param("case", this.aCase.id())
			.query(UUID.class).single();
	}

	private MockHttpServletRequestBuilder send(String consent, String basis) {
		return post(this.aCase.path() + "/onward-referrals").param("service", this.refuge.toString())
			.param("reason", "Needs a refuge space tonight").param("consent", consent).param("lawfulBasis", basis);
	}

	private org.springframework.test.web.servlet.ResultActions decide(UUID referral, String decision) throws Exception {
		return this.mvc.perform(post("/service-referrals/" + referral + "/" + decision).param("version", "0")
			.with(SignedInAs.user(this.refugeWorker)).with(csrf()));
	}

	private long referrals() {
		return this.jdbc.sql("select count(*) from onward_referral where case_id = :case").param("case", this.aCase.id())
			.query(Long.class).single();
	}

	private String statusOf(UUID referral) {
		return this.jdbc.sql("select status from onward_referral where id = :id").param("id", referral)
			.query(String.class).single();
	}

}
