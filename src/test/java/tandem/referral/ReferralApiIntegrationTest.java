package tandem.referral;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tandem.Fixtures;
import tandem.Fixtures.AreaFixture;
import tandem.SignedInAs;
import tandem.TandemIntegrationTest;
import tandem.agency.Actor;
import tandem.agency.AgencyRef;
import tandem.agency.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@TandemIntegrationTest
class ReferralApiIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	private AreaFixture area;

	private AgencyRef police;

	private AgencyRef idva;

	private String familyName;

	@BeforeEach
	void partnership() {
		this.area = this.fixtures.area();
		this.police = this.fixtures.agency(this.area, "police");
		this.idva = this.fixtures.agency(this.area, "idva");
		this.familyName = Fixtures.unique("Ashabeck");
	}

	@Test
	void refusedWithoutSigningIn() throws Exception {
		this.mvc.perform(post("/api/v1/referrals").contentType(MediaType.APPLICATION_JSON).content(body(15, "Rory")))
			.andExpect(status().isUnauthorized());
		assertThat(referralsFor(this.familyName)).isZero();
	}

	@Test
	void refusedToAPersonSignedInToThePages() throws Exception {
		// The API is for agency systems; people refer through the pages.
		Actor referrer = this.fixtures.user(this.police, Role.REFERRER);

		this.mvc.perform(submit(body(15, "Rory"), SignedInAs.user(referrer))).andExpect(status().isForbidden());
		assertThat(referralsFor(this.familyName)).isZero();
	}

	@Test
	void aReferralMeetingTheThresholdOpensACaseForTheMaracAndTheIdvaService() throws Exception {
		MvcResult result = this.mvc.perform(submit(body(15, "Rory"), policeSystem()))
			.andExpect(status().isCreated())
			.andExpect(header().exists("Location"))
			.andExpect(jsonPath("$.dash.yesCount").value(15))
			.andExpect(jsonPath("$.dash.answered").value(24))
			.andExpect(jsonPath("$.criteria.visibleHighRisk").value(true))
			.andExpect(jsonPath("$.criteria.professionalJudgement").value(false))
			.andExpect(jsonPath("$.criteria.potentialEscalation").value(false))
			.andExpect(jsonPath("$.criteria.repeat").value(false))
			.andExpect(jsonPath("$.meetsMaracThreshold").value(true))
			.andExpect(jsonPath("$.riskLevel").value("HIGH"))
			.andExpect(jsonPath("$.route").value("MARAC_AND_IDVA"))
			.andExpect(jsonPath("$.reasons", hasItem("15 yes answers: visible high risk (14 or more)")))
			.andReturn();
		String caseId = jsonField(result, "caseId");

		assertThat(this.jdbc.sql("select agency_id::text from case_agency where case_id = cast(:id as uuid)")
			.param("id", caseId).query(String.class).list())
			.containsExactlyInAnyOrder(this.police.id().toString(), this.idva.id().toString());
		assertThat(this.jdbc.sql("select role from case_party where case_id = cast(:id as uuid)")
			.param("id", caseId).query(String.class).list())
			.containsExactlyInAnyOrder("VICTIM", "PERPETRATOR", "CHILD");
		assertThat(this.jdbc.sql("""
				select action || ' ' || subject_type from audit_event where correlation_id =
				    (select correlation_id from audit_event where subject_type = 'referral' and subject_id = :id)
				""").param("id", jsonField(result, "id")).query(String.class).list())
			.containsExactlyInAnyOrder("CREATE person", "CREATE person", "CREATE person", "CREATE case",
					"CREATE referral");
	}

	@Test
	void aPoliceDaraGradingOfHighTakesTheReferralToMaracAndIsRecordedAsDara() throws Exception {
		String dara = body(0, "Rory").replaceFirst("\"dash\": \\{\"answers\": \\{[^}]*\\}\\},", "\"daraGrading\": \"HIGH\",");

		MvcResult result = this.mvc.perform(submit(dara, policeSystem()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.tool").value("College of Policing DARA"))
			.andExpect(jsonPath("$.toolVersion").value("2022"))
			.andExpect(jsonPath("$.daraGrading").value("HIGH"))
			.andExpect(jsonPath("$.dash.answered").value(0))
			.andExpect(jsonPath("$.criteria.visibleHighRisk").value(true))
			.andExpect(jsonPath("$.meetsMaracThreshold").value(true))
			.andExpect(jsonPath("$.route").value("MARAC_AND_IDVA"))
			.andExpect(jsonPath("$.reasons[0]").value("Police DARA grading: high risk (visible high risk)"))
			.andReturn();

		assertThat(this.jdbc.sql("""
				select tool || '|' || tool_version || '|' || dara_grading || '|' || (answers is null) || '|'
				       || coalesce(yes_count::text, 'no count')
				from risk_assessment where referral_id = cast(:id as uuid)
				""").param("id", jsonField(result, "id")).query(String.class).single())
			.isEqualTo("College of Policing DARA|2022|HIGH|true|no count");
	}

	@Test
	void aDaraGradingWithDashAnswersIsRefusedAndNothingWritten() throws Exception {
		String both = body(15, "Rory").replace("\"policeCalloutsLast12Months\"",
				"\"daraGrading\": \"HIGH\", \"policeCalloutsLast12Months\"");

		this.mvc.perform(submit(both, policeSystem()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("daraGrading"));
		assertThat(referralsFor(this.familyName)).isZero();
	}

	@Test
	void theOpenApiDescriptionDocumentsTheDaraGrading() throws Exception {
		this.mvc.perform(get("/api/v1/openapi"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.components.schemas.ReferralRequest.properties.daraGrading.enum",
					org.hamcrest.Matchers.contains("STANDARD", "MEDIUM", "HIGH")));
	}

	@Test
	void theOutcomeCanBeReadBackOnlyByAnAgencyThatMaySeeTheCase() throws Exception {
		String id = jsonField(this.mvc.perform(submit(body(3, "Rory"), policeSystem())).andReturn(), "id");
		AgencyRef housing = this.fixtures.agency(this.area, "housing");

		this.mvc.perform(get("/api/v1/referrals/" + id).with(policeSystem()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id))
			.andExpect(jsonPath("$.riskLevel").value("STANDARD"))
			.andExpect(jsonPath("$.route").value("TRIAGE"));
		this.mvc.perform(get("/api/v1/referrals/" + id).with(system(housing)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.status").value(404));
		this.mvc.perform(get("/api/v1/referrals/not-a-uuid").with(policeSystem())).andExpect(status().isNotFound());
	}

	@Test
	void invalidInputListsEveryFieldAndWritesNothing() throws Exception {
		String invalid = """
				{"area": "%s", "referredOn": "2099-01-01",
				 "victim": {"givenName": "Amara", "familyName": "%s", "dateOfBirth": "2020-02-31"},
				 "dash": {"answers": {"q1": "PERHAPS"}},
				 "professionalJudgement": {"applies": true},
				 "victimAwareOfReferral": true, "consent": "GIVEN"}
				""".formatted(this.area.code(), this.familyName);

		this.mvc.perform(submit(invalid, policeSystem()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("referredOn",
					"victim.dateOfBirth", "dash.answers.q1", "professionalJudgement.reason")));
		this.mvc.perform(submit("{\"victim\": {\"givenName\": [1, 2]}}", policeSystem()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("victim.givenName"));
		this.mvc.perform(submit(body(15, "Rory").replace(this.area.code(), "no-such-area"), policeSystem()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("area"));
		assertThat(referralsFor(this.familyName)).isZero();
		assertThat(this.jdbc.sql("select count(*) from person where family_name = :name").param("name", this.familyName)
			.query(Integer.class).single()).isZero();
	}

	@Test
	void aRetryWithTheSameKeyReturnsTheFirstAnswer() throws Exception {
		String key = Fixtures.unique("retry");
		String first = jsonField(this.mvc.perform(submit(body(15, "Rory"), policeSystem()).header("Idempotency-Key", key))
			.andExpect(status().isCreated()).andReturn(), "id");

		this.mvc.perform(submit(body(15, "Rory"), policeSystem()).header("Idempotency-Key", key))
			.andExpect(status().isCreated())
			.andExpect(header().string("Idempotent-Replayed", "true"))
			.andExpect(jsonPath("$.id").value(first));
		this.mvc.perform(submit(body(2, "Rory"), policeSystem()).header("Idempotency-Key", key))
			.andExpect(status().isUnprocessableContent());
		assertThat(referralsFor(this.familyName)).isOne();
	}

	@Test
	void twoIdenticalSubmissionsAtOnceMakeOneReferral() throws Exception {
		String key = Fixtures.unique("twin");
		Callable<MvcResult> twin = () -> this.mvc
			.perform(submit(body(15, "Rory"), policeSystem()).header("Idempotency-Key", key))
			.andReturn();
		List<Future<MvcResult>> results = new ArrayList<>();
		try (var threads = Executors.newFixedThreadPool(4)) {
			for (int i = 0; i < 4; i++) {
				results.add(threads.submit(twin));
			}
		}
		List<String> ids = new ArrayList<>();
		for (Future<MvcResult> result : results) {
			assertThat(result.get().getResponse().getStatus()).isEqualTo(201);
			ids.add(jsonField(result.get(), "id"));
		}
		assertThat(ids).containsOnly(ids.getFirst());
		assertThat(referralsFor(this.familyName)).isOne();
		// The twins that lost had written people, a case and audit events before failing on the key: all rolled back.
		assertThat(this.jdbc.sql("select count(*) from person where family_name = :name").param("name", this.familyName)
			.query(Integer.class).single()).as("the victim and the child, once").isEqualTo(2);
	}

	@Test
	void referralsOfTheSamePeopleAtOnceAreEachTakenWholeOrRefusedWithAConflict() throws Exception {
		this.mvc.perform(submit(body(15, "Rory"), policeSystem())).andExpect(status().isCreated());
		List<Callable<MvcResult>> referrals = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			// Each brings a new phone number, so each changes the victim already held: their versions collide.
			String body = body(15, "Rory").replace("07700 900123", "07700 90020" + i);
			referrals.add(() -> this.mvc.perform(submit(body, policeSystem())).andReturn());
		}
		List<Future<MvcResult>> results;
		try (var threads = Executors.newFixedThreadPool(6)) {
			results = threads.invokeAll(referrals);
		}
		int accepted = 0;
		for (Future<MvcResult> result : results) {
			assertThat(result.get().getResponse().getStatus()).isIn(201, 409);
			accepted += result.get().getResponse().getStatus() == 201 ? 1 : 0;
		}
		assertThat(accepted).isPositive();
		assertThat(referralsFor(this.familyName)).as("the first and every one accepted").isEqualTo(1 + accepted);
		assertThat(this.jdbc.sql("""
				select count(*) from contact_detail d join person p on p.id = d.person_id
				where p.family_name = :name and p.given_name = 'Amara'
				""").param("name", this.familyName).query(Integer.class).single())
			.as("the first number and one for each referral accepted").isEqualTo(1 + accepted);
	}

	@Test
	void theSamePairWithinTwelveMonthsIsARepeatOnTheSameCaseAndANewPerpetratorIsANewCase() throws Exception {
		MvcResult first = this.mvc.perform(submit(body(15, "Rory"), policeSystem())).andReturn();

		this.mvc.perform(submit(body(2, "Rory"), system(this.idva)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.criteria.repeat").value(true))
			.andExpect(jsonPath("$.riskLevel").value("HIGH"))
			.andExpect(jsonPath("$.victimAlreadyKnown").value(true))
			.andExpect(jsonPath("$.caseId").value(jsonField(first, "caseId")));
		this.mvc.perform(submit(body(2, "Dariusz"), policeSystem()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.criteria.repeat").value(false))
			.andExpect(jsonPath("$.victimAlreadyKnown").value(true))
			.andExpect(jsonPath("$.caseId").value(org.hamcrest.Matchers.not(jsonField(first, "caseId"))));
	}

	@Test
	void namesInAnyScriptAndMarkupAreStoredExactly() throws Exception {
		String name = "\u0641\u0627\u0637\u0645\u0629 \uD83D\uDC9C <b>x</b>";
		this.mvc.perform(submit(body(15, "Rory").replace("\"givenName\": \"Amara\"", "\"givenName\": \"" + name + "\""),
				policeSystem())).andExpect(status().isCreated());

		assertThat(this.jdbc.sql("select given_name from person where family_name = :family and date_of_birth = '1990-04-02'")
			.param("family", this.familyName).query(String.class).single()).isEqualTo(name);
	}

	@Test
	void languageEqualityAnswerSourcesAndTheVictimsViewAreStored() throws Exception {
		String withProfile = body(15, "Rory")
			.replace("\"gender\": \"FEMALE\",", """
					"gender": "FEMALE", "firstLanguage": "Polish", "interpreterNeeded": true,
					"equality": {"ethnicity": "WHITE_OTHER", "disability": "PREFER_NOT_TO_SAY",
					             "sexualOrientation": "STRAIGHT_OR_HETEROSEXUAL", "genderIdentity": "YES",
					             "religion": "Catholic"},""")
			.replace("\"dash\": {", "\"dash\": {\"sources\": {\"q1\": \"Police officer at the scene\"}, "
					+ "\"victimView\": \"She believes he will find her\", ");
		String caseId = jsonField(this.mvc.perform(submit(withProfile, policeSystem())).andExpect(status().isCreated())
			.andReturn(), "caseId");

		assertThat(victimProfile()).isEqualTo(
				"Polish|true|WHITE_OTHER|PREFER_NOT_TO_SAY|STRAIGHT_OR_HETEROSEXUAL|YES|Catholic");
		assertThat(this.jdbc.sql("""
				select answer_sources ->> 'q1', answers ->> 'q1', victim_view from risk_assessment
				where case_id = cast(:id as uuid)
				""").param("id", caseId)
			.query((rs, row) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3)).single())
			.isEqualTo("Police officer at the scene|YES|She believes he will find her");

		// A later referral that says only the language changes that and keeps the equality answers.
		this.mvc.perform(submit(body(3, "Dariusz").replace("\"gender\": \"FEMALE\",",
				"\"gender\": \"FEMALE\", \"firstLanguage\": \"English\", \"interpreterNeeded\": false,"),
				policeSystem())).andExpect(status().isCreated()).andExpect(jsonPath("$.victimAlreadyKnown").value(true));
		assertThat(victimProfile()).isEqualTo(
				"English|false|WHITE_OTHER|PREFER_NOT_TO_SAY|STRAIGHT_OR_HETEROSEXUAL|YES|Catholic");
	}

	@Test
	void unknownEqualityCodesAndSourcesForNoQuestionAreListed() throws Exception {
		String invalid = body(15, "Rory")
			.replace("\"gender\": \"FEMALE\",", "\"gender\": \"FEMALE\", \"equality\": {\"ethnicity\": \"BRITISH\"},")
			.replace("\"dash\": {", "\"dash\": {\"sources\": {\"q99\": \"Neighbour\"}, ");

		this.mvc.perform(submit(invalid, policeSystem()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("victim.equality.ethnicity",
					"dash.sources.q99")));
		assertThat(referralsFor(this.familyName)).isZero();
	}

	private String victimProfile() {
		return this.jdbc.sql("""
				select first_language, interpreter_needed, ethnicity, disability, sexual_orientation, gender_identity,
				       religion from person where family_name = :family and date_of_birth = '1990-04-02'
				""").param("family", this.familyName)
			.query((rs, row) -> String.join("|", rs.getString(1), String.valueOf(rs.getBoolean(2)),
					rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)))
			.single();
	}

	private MockHttpServletRequestBuilder submit(String body, org.springframework.test.web.servlet.request.RequestPostProcessor who) {
		return post("/api/v1/referrals").contentType(MediaType.APPLICATION_JSON).content(body).with(who);
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor policeSystem() {
		return system(this.police);
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor system(AgencyRef agency) {
		return SignedInAs.apiClient(Actor.apiClient(agency.qualifiedCode(), agency));
	}

	private String body(int yesAnswers, String perpetratorGivenName) {
		StringBuilder answers = new StringBuilder();
		for (int q = 1; q <= 24; q++) {
			answers.append(q > 1 ? ", " : "").append("\"q").append(q).append("\": \"").append(q <= yesAnswers ? "YES" : "NO")
				.append('"');
		}
		return """
				{"area": "%s",
				 "victim": {"givenName": "Amara", "familyName": "%s", "dateOfBirth": "1990-04-02", "gender": "FEMALE",
				            "phone": {"number": "07700 900123", "safeToCall": false, "safeTimes": "weekday mornings"}},
				 "perpetrators": [{"givenName": "%s", "familyName": "Brackenholt-%s", "dateOfBirth": "1988-11-30",
				                   "relationshipToVictim": "EX_PARTNER"}],
				 "children": [{"givenName": "Finn", "familyName": "%s", "dateOfBirth": "2019-06-01"}],
				 "dash": {"answers": {%s}},
				 "policeCalloutsLast12Months": 1,
				 "victimAwareOfReferral": true, "consent": "GIVEN"}
				""".formatted(this.area.code(), this.familyName, perpetratorGivenName, this.familyName, this.familyName,
				answers);
	}

	private int referralsFor(String familyName) {
		return this.jdbc.sql("""
				select count(*) from referral r join case_party p on p.case_id = r.case_id and p.role = 'VICTIM'
				join person v on v.id = p.person_id where v.family_name = :name
				""").param("name", familyName).query(Integer.class).single();
	}

	private static String jsonField(MvcResult result, String field) throws Exception {
		return com.jayway.jsonpath.JsonPath.read(result.getResponse().getContentAsString(), "$." + field);
	}

}
