package tandem.casework;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tandem.Fixtures;
import tandem.Fixtures.AreaFixture;
import tandem.SignedInAs;
import tandem.agency.Actor;
import tandem.agency.AgencyRef;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sends referrals through the real API, the way work reaches a service or the triage queue, and finds the records
 * that casework keeps. For tests in any module that follows a referral downstream.
 */
@TestComponent
public class CaseworkScenario {

	public static final String UNSAFE_PHONE = "07700 900666";

	private final MockMvc mvc;

	private final JdbcClient jdbc;

	CaseworkScenario(MockMvc mvc, JdbcClient jdbc) {
		this.mvc = mvc;
		this.jdbc = jdbc;
	}

	/**
	 * Refers a victim with the given number of yes answers from the agency's system; 14 or more routes to MARAC and the
	 * IDVA service, fewer with route null goes to triage. The victim's only phone is unsafe.
	 *
	 * @return the case id
	 */
	public UUID refer(AreaFixture area, AgencyRef from, int yesAnswers, String familyName) throws Exception {
		StringBuilder answers = new StringBuilder();
		for (int q = 1; q <= 24; q++) {
			answers.append(q > 1 ? ", " : "").append("\"q").append(q).append("\": \"")
				.append(q <= yesAnswers ? "YES" : "NO").append('"');
		}
		String body = """
				{"area": "%s",
				 "victim": {"givenName": "Amara", "familyName": "%s", "dateOfBirth": "1990-04-02", "gender": "FEMALE",
				            "phone": {"number": "%s", "safeToCall": false}},
				 "perpetrators": [{"givenName": "Dorian", "familyName": "Vell-%s", "dateOfBirth": "1988-11-30",
				                   "relationshipToVictim": "EX_PARTNER"}],
				 "children": [{"givenName": "Finn", "familyName": "%s", "dateOfBirth": "2019-06-01"}],
				 "dash": {"answers": {%s}},
				 "victimAwareOfReferral": true, "consent": "GIVEN"}
				""".formatted(area.code(), familyName, UNSAFE_PHONE, familyName, familyName, answers);
		String json = this.mvc
			.perform(post("/api/v1/referrals").contentType(MediaType.APPLICATION_JSON).content(body)
				.with(SignedInAs.apiClient(Actor.apiClient(from.qualifiedCode(), from))))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return UUID.fromString(JsonPath.read(json, "$.caseId"));
	}

	/** The agency's open casework record on the case, if any. */
	public java.util.Optional<UUID> openSupportCase(UUID caseId, UUID agencyId) {
		return this.jdbc.sql("select id from support_case where case_id = :case and agency_id = :agency and closed_on is null")
			.param("case", caseId).param("agency", agencyId)
			.query(UUID.class)
			.optional();
	}

	public static String uniqueFamily() {
		return Fixtures.unique("Quellin");
	}

}
