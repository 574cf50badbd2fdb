package tandem.referral;

import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tandem.Fixtures;
import tandem.Fixtures.AreaFixture;
import tandem.SignedInAs;
import tandem.TandemIntegrationTest;
import tandem.agency.Actor;
import tandem.agency.AgencyRef;
import tandem.agency.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The referral pages step by step: who may use them, what each page refuses, and that nothing typed is lost. */
@TandemIntegrationTest
class ReferralJourneyIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	JourneyDriver driver;

	AreaFixture area;

	Actor referrer;

	@BeforeEach
	void partnership() {
		this.driver = new JourneyDriver(this.mvc, this.jdbc);
		this.area = this.fixtures.area();
		this.fixtures.agency(this.area, "idva");
		this.referrer = this.fixtures.user(this.fixtures.agency(this.area, "police"), Role.REFERRER);
	}

	@Test
	void startNeedsSignInAndARoleThatRefers() throws Exception {
		this.mvc.perform(get("/referrals/new")).andExpect(status().is3xxRedirection());
		Actor analyst = this.fixtures.user(this.fixtures.agency(this.area, "council"), Role.ANALYST);
		this.mvc.perform(get("/referrals/new").with(SignedInAs.user(analyst))).andExpect(status().isForbidden());
		this.mvc.perform(post("/referrals/new").with(SignedInAs.user(analyst)).with(csrf()))
			.andExpect(status().isForbidden());

		this.mvc.perform(get("/referrals/new").with(SignedInAs.user(this.referrer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1 class=\"govuk-heading-l\">Make a referral</h1>")));
		Actor caseworker = this.fixtures.user(this.fixtures.agency(this.area, "idva"), Role.CASEWORKER);
		UUID draft = this.driver.start(caseworker);

		assertThat(audited(draft, "CREATE")).isEqualTo(1);
		this.mvc.perform(get("/referrals/drafts/" + draft + "/area").with(SignedInAs.user(caseworker)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + this.area.code() + "\" selected")));
	}

	@Test
	void stepsRefuseWhatIsWrongButKeepEverythingTyped() throws Exception {
		UUID draft = this.driver.start(this.referrer);
		this.mvc.perform(post("/referrals/drafts/" + draft + "/victim").param("version", "0").with(csrf()))
			.andExpect(status().is3xxRedirection());

		this.driver.save(this.referrer, draft, "victim", "victim-givenName", "", "victim-aliases", "<script>alert(1)</script>",
				"victim-dateOfBirth-day", "31", "victim-dateOfBirth-month", "2", "victim-dateOfBirth-year", "2020")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<title>Error: The victim – Tandem</title>")))
			.andExpect(content().string(containsString("Date of birth must be a real date")))
			.andExpect(content().string(containsString("Enter a name, or the part of it that is known")))
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
			.andExpect(content().string(not(containsString("<script>alert(1)"))))
			.andExpect(content().string(containsString("value=\"31\"")));
		assertThat(this.jdbc.sql("select answers ->> 'victim-dateOfBirth-day' from referral_draft where id = :id")
			.param("id", draft).query(String.class).single()).isEqualTo("31");

		this.driver.save(this.referrer, draft, "victim", "victim-givenName", "Amina", "victim-dateOfBirth-day", "1",
				"victim-dateOfBirth-month", "1")
			.andExpect(content().string(containsString("Date of birth must include a year")));
		this.driver.save(this.referrer, draft, "victim", "victim-givenName", "Amina", "victim-dateOfBirth-day", "1",
				"victim-dateOfBirth-month", "1", "victim-dateOfBirth-year", "2999")
			.andExpect(content().string(containsString("Date of birth must be in the past")));
		this.driver.save(this.referrer, draft, "victim", "victim-givenName", "Amina")
			.andExpect(redirectedUrl("/referrals/drafts/" + draft + "/contact"));

		this.driver.save(this.referrer, draft, "contact", "victim-phone-number", "call me maybe")
			.andExpect(content().string(containsString("Enter a phone number, like 07700 900123")))
			.andExpect(content().string(containsString("Say whether it is safe to call this number")))
			.andExpect(content().string(containsString("value=\"call me maybe\"")));

		this.driver.save(this.referrer, draft, "perpetrators", "perpetrators-count", "0", "action", "add")
			.andExpect(redirectedUrl("/referrals/drafts/" + draft + "/perpetrators"));
		this.driver.save(this.referrer, draft, "perpetrators", "perpetrators-count", "1", "perpetrators-0-givenName", "Lee")
			.andExpect(content().string(containsString("Say how the perpetrator is related to the victim")))
			.andExpect(content().string(containsString("value=\"Lee\"")));

		this.driver.save(this.referrer, draft, "dash-1", "dash-answers-q1", "MAYBE")
			.andExpect(content().string(containsString("Must be one of YES, NO, DONT_KNOW, NOT_ASKED")));

		this.driver.save(this.referrer, draft, "risk", "policeCalloutsLast12Months", "lots",
				"professionalJudgement-applies", "yes")
			.andExpect(content().string(containsString("Police call-outs must be a whole number, like 2")))
			.andExpect(content().string(containsString("Say why professional judgement makes this high risk")));

		this.driver.save(this.referrer, draft, "consent", "consent", "NOT_GIVEN")
			.andExpect(content().string(containsString("Say whether the victim knows about this referral")))
			.andExpect(content().string(containsString("Give the lawful basis for sharing without the victim&#39;s consent")));
		assertThat(audited(draft, "CHANGE")).isGreaterThanOrEqualTo(10);
	}

	@Test
	void tenMegabytesInAFieldIsRefusedClearlyAndNotKept() throws Exception {
		UUID draft = this.driver.start(this.referrer);
		this.driver.save(this.referrer, draft, "victim", "victim-givenName", "Amina", "victim-aliases",
				"x".repeat(10 * 1024 * 1024))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("far too long to keep")))
			.andExpect(content().string(containsString("value=\"Amina\"")));
		assertThat(this.jdbc.sql("select length(answers::text) from referral_draft where id = :id").param("id", draft)
			.query(Integer.class).single()).isLessThan(1000);
	}

	@Test
	void aDraftIsOnlyEverItsAuthors() throws Exception {
		UUID draft = this.driver.start(this.referrer);
		Actor colleague = this.fixtures.user(this.fixtures.agency(this.area, "police"), Role.REFERRER);
		Actor coordinator = this.fixtures.user(this.fixtures.agency(this.area, "council"), Role.COORDINATOR);
		for (Actor other : new Actor[] { colleague, coordinator }) {
			for (String path : new String[] { "", "/victim", "/check", "/discard" }) {
				this.mvc.perform(get("/referrals/drafts/" + draft + path).with(SignedInAs.user(other)))
					.andExpect(status().isNotFound());
			}
			this.driver.saveAt(other, draft, "victim", 0, "victim-givenName", "Intruder").andExpect(status().isNotFound());
			this.mvc.perform(post("/referrals/drafts/" + draft + "/send").param("version", "0")
				.with(SignedInAs.user(other)).with(csrf())).andExpect(status().isNotFound());
			this.mvc.perform(post("/referrals/drafts/" + draft + "/discard").with(SignedInAs.user(other)).with(csrf()))
				.andExpect(status().isNotFound());
		}
		assertThat(this.driver.version(draft)).isZero();
		assertThat(audited(draft, "VIEW", "REFUSED")).isGreaterThanOrEqualTo(12);
	}

	@Test
	void aDraftSurvivesANewSessionAndIsOnTheHomePage() throws Exception {
		UUID draft = this.driver.start(this.referrer);
		this.driver.save(this.referrer, draft, "victim", "victim-givenName", "مريم 🌸", "victim-familyName", "Journey");

		// SignedInAs makes every request a new session: the draft was never in one.
		this.mvc.perform(get("/").with(SignedInAs.user(this.referrer)))
			.andExpect(content().string(containsString("Your draft referrals")))
			.andExpect(content().string(containsString("dir=\"auto\" href=\"/referrals/drafts/" + draft + "\">مريم 🌸 Journey</a>")));
		this.mvc.perform(get("/referrals/drafts/" + draft + "/victim").with(SignedInAs.user(this.referrer)))
			.andExpect(content().string(containsString("value=\"مريم 🌸\"")));
		assertThat(this.jdbc.sql("""
				select count(*) from audit_event where subject_type = 'referral-draft-list' and actor_id = :actor
				""").param("actor", this.referrer.id()).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void afterATimedOutSessionTheAuthorSignsInAgainAndCarriesOn() throws Exception {
		Cookie[] first = signIn(this.referrer);
		String location = this.mvc.perform(post("/referrals/new").cookie(first).with(csrf()))
			.andReturn().getResponse().getRedirectedUrl();
		UUID draft = UUID.fromString(location.substring("/referrals/drafts/".length()));
		this.mvc.perform(post(location + "/victim").cookie(first).with(csrf()).param("version", "0")
			.param("victim-givenName", "Kept")).andExpect(status().is3xxRedirection());
		// The session times out: Spring Session removes it from the database.
		this.jdbc.sql("delete from spring_session where principal_name = :name").param("name", this.referrer.getName())
			.update();

		this.mvc.perform(get(location + "/victim").cookie(first)).andExpect(status().is3xxRedirection());
		Cookie[] second = signIn(this.referrer);
		this.mvc.perform(get("/").cookie(second))
			.andExpect(content().string(containsString("href=\"/referrals/drafts/" + draft + "\">Kept</a>")));
		this.mvc.perform(get(location + "/victim").cookie(second))
			.andExpect(content().string(containsString("value=\"Kept\"")));
	}

	@Test
	void aStaleSaveIsRefusedAndTheTypedValuesShownAgain() throws Exception {
		UUID draft = this.driver.start(this.referrer);
		this.driver.saveAt(this.referrer, draft, "victim", 0, "victim-givenName", "First tab")
			.andExpect(status().is3xxRedirection());

		this.driver.saveAt(this.referrer, draft, "victim", 0, "victim-givenName", "Second tab")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("changed in another tab or window")))
			.andExpect(content().string(containsString("value=\"Second tab\"")))
			.andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
		assertThat(this.jdbc.sql("select answers ->> 'victim-givenName' from referral_draft where id = :id")
			.param("id", draft).query(String.class).single()).isEqualTo("First tab");
	}

	@Test
	void aPoliceOfficerGivesADaraGradingInsteadOfTheChecklist() throws Exception {
		UUID draft = this.driver.start(this.referrer);
		this.driver.fill(this.referrer, draft, this.area.code(), "Dara", 0);
		for (int page = 1; page <= 4; page++) {
			this.driver.save(this.referrer, draft, "dash-" + page).andExpect(status().is3xxRedirection());
		}
		this.driver.save(this.referrer, draft, "risk", "daraGrading", "HIGH", "policeCalloutsLast12Months", "1",
				"professionalJudgement-applies", "no").andExpect(status().is3xxRedirection());

		this.mvc.perform(get("/referrals/drafts/" + draft + "/check").with(SignedInAs.user(this.referrer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Police DARA grading: high risk (visible high risk)")))
			.andExpect(content().string(containsString("High risk: meets the MARAC threshold")));
	}

	@Test
	void aDaraGradingBesideChecklistAnswersIsShownAsAnErrorOnTheRiskPage() throws Exception {
		UUID draft = this.driver.start(this.referrer);
		this.driver.fill(this.referrer, draft, this.area.code(), "Both", 15);

		this.driver.save(this.referrer, draft, "risk", "daraGrading", "MEDIUM", "policeCalloutsLast12Months", "1",
				"professionalJudgement-applies", "no")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Give either the Dash answers or a DARA grading, not both")))
			.andExpect(content().string(containsString("href=\"#daraGrading\"")))
			.andExpect(content().string(containsString("value=\"MEDIUM\" checked")));
	}

	@Test
	void sendingCreatesTheCaseDeletesTheDraftAndSaysWhatHappensNext() throws Exception {
		UUID draft = this.driver.start(this.referrer);
		this.driver.fill(this.referrer, draft, this.area.code(), "<b>Amina</b>", 15);

		this.mvc.perform(get("/referrals/drafts/" + draft + "/check").with(SignedInAs.user(this.referrer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("15 yes answers: visible high risk (14 or more)")))
			.andExpect(content().string(containsString("High risk: meets the MARAC threshold")))
			.andExpect(content().string(containsString("&lt;b&gt;Amina&lt;/b&gt;")))
			.andExpect(content().string(not(containsString("name=\"route\""))));

		String sent = this.mvc.perform(post("/referrals/drafts/" + draft + "/send").param("version",
				String.valueOf(this.driver.version(draft))).with(SignedInAs.user(this.referrer)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();

		assertThat(this.jdbc.sql("select count(*) from referral_draft where id = :id").param("id", draft)
			.query(Integer.class).single()).isZero();
		assertThat(audited(draft, "DELETE")).isEqualTo(1);
		this.mvc.perform(get(sent).with(SignedInAs.user(this.referrer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Referral sent")))
			.andExpect(content().string(containsString("next MARAC meeting")))
			.andExpect(content().string(containsString("High risk")));
		Actor colleague = this.fixtures.user(this.fixtures.agency(this.area, "police"), Role.REFERRER);
		this.mvc.perform(get(sent).with(SignedInAs.user(colleague))).andExpect(status().isNotFound());
		this.mvc.perform(get("/").with(SignedInAs.user(this.referrer)))
			.andExpect(content().string(containsString("Referrals you sent")))
			.andExpect(content().string(containsString("The area&#39;s MARAC and IDVA service")));
	}

	@Test
	void languageEqualitySourcesAndTheVictimsViewAreKeptCheckedAndStored() throws Exception {
		UUID draft = this.driver.start(this.referrer);
		this.driver.fill(this.referrer, draft, this.area.code(), "Profile", 15);
		String family = this.jdbc.sql("select answers ->> 'perpetrators-0-familyName' from referral_draft where id = :id")
			.param("id", draft).query(String.class).single();

		this.driver.save(this.referrer, draft, "language", "victim-firstLanguage", "L".repeat(101),
				"victim-interpreterNeeded", "yes")
			.andExpect(content().string(containsString("<title>Error: Language and interpreter – Tandem</title>")))
			.andExpect(content().string(containsString("Must be 100 characters or fewer")))
			.andExpect(content().string(containsString("value=\"" + "L".repeat(101) + "\"")));
		this.driver.save(this.referrer, draft, "language", "victim-firstLanguage", "Polish", "victim-interpreterNeeded",
				"yes").andExpect(redirectedUrl("/referrals/drafts/" + draft + "/equality"));

		this.driver.save(this.referrer, draft, "equality", "victim-equality-ethnicity", "BRITISH",
				"victim-equality-religion", "Catholic")
			.andExpect(content().string(containsString("Must be one of ASIAN_BANGLADESHI")))
			.andExpect(content().string(containsString("value=\"Catholic\"")));
		this.driver.save(this.referrer, draft, "equality", "victim-equality-ethnicity", "WHITE_OTHER",
				"victim-equality-disability", "PREFER_NOT_TO_SAY", "victim-equality-sexualOrientation", "BISEXUAL",
				"victim-equality-genderIdentity", "YES", "victim-equality-religion", "Catholic")
			.andExpect(status().is3xxRedirection());

		String[] dash = new String[14];
		for (int q = 1; q <= 6; q++) {
			dash[(q - 1) * 2] = "dash-answers-q" + q;
			dash[(q - 1) * 2 + 1] = "YES";
		}
		dash[12] = "dash-sources-q1";
		dash[13] = "S".repeat(201);
		this.driver.save(this.referrer, draft, "dash-1", dash)
			.andExpect(content().string(containsString("Source, if not the victim")))
			.andExpect(content().string(containsString("Must be 200 characters or fewer")));
		dash[13] = "Police officer at the scene";
		this.driver.save(this.referrer, draft, "dash-1", dash).andExpect(status().is3xxRedirection());
		this.driver.save(this.referrer, draft, "risk", "policeCalloutsLast12Months", "1",
				"professionalJudgement-applies", "no", "dash-victimView", "She believes he will find her")
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.sql("select answers ->> 'victim-equality-ethnicity' from referral_draft where id = :id")
			.param("id", draft).query(String.class).single()).isEqualTo("WHITE_OTHER");

		this.mvc.perform(get("/referrals/drafts/" + draft + "/check").with(SignedInAs.user(this.referrer)))
			.andExpect(content().string(containsString("Polish")))
			.andExpect(content().string(containsString("White: Any other White background")))
			.andExpect(content().string(containsString("Bisexual")))
			.andExpect(content().string(containsString("Yes (source: Police officer at the scene)")))
			.andExpect(content().string(containsString("She believes he will find her")))
			.andExpect(content().string(containsString("/referrals/drafts/" + draft + "/equality?from=check")));
		this.mvc.perform(post("/referrals/drafts/" + draft + "/send").param("version",
				String.valueOf(this.driver.version(draft))).with(SignedInAs.user(this.referrer)).with(csrf()))
			.andExpect(status().is3xxRedirection());

		assertThat(this.jdbc.sql("""
				select v.first_language || '|' || v.interpreter_needed || '|' || v.ethnicity || '|' || v.disability
				       || '|' || v.sexual_orientation || '|' || v.gender_identity || '|' || v.religion || '|'
				       || (a.answer_sources ->> 'q1') || '|' || a.victim_view
				from case_party cp join person v on v.id = cp.person_id and cp.role = 'VICTIM'
				join risk_assessment a on a.case_id = cp.case_id
				where cp.case_id = (select case_id from case_party p join person x on x.id = p.person_id
				                    where p.role = 'PERPETRATOR' and x.family_name = :family)
				""").param("family", family).query(String.class).single())
			.isEqualTo("Polish|true|WHITE_OTHER|PREFER_NOT_TO_SAY|BISEXUAL|YES|Catholic|Police officer at the scene"
					+ "|She believes he will find her");
	}

	@Test
	void belowTheThresholdTheReferrerChoosesTheRoute() throws Exception {
		UUID draft = this.driver.start(this.referrer);
		this.driver.fill(this.referrer, draft, this.area.code(), "Below", 2);
		this.driver.save(this.referrer, draft, "dash-4", "dash-answers-q19", "DONT_KNOW", "dash-answers-q20", "NOT_ASKED")
			.andExpect(status().is3xxRedirection());
		long version = this.driver.version(draft);

		this.mvc.perform(post("/referrals/drafts/" + draft + "/send").param("version", String.valueOf(version))
				.with(SignedInAs.user(this.referrer)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose where the referral should go next")))
			.andExpect(content().string(containsString("is not evidence of low risk")));
		this.mvc.perform(post("/referrals/drafts/" + draft + "/send").param("version", String.valueOf(version))
				.param("route", "SPECIALIST_SERVICE").with(SignedInAs.user(this.referrer)).with(csrf()))
			.andExpect(status().is3xxRedirection());

		assertThat(this.jdbc.sql("""
				select r.route from referral r join case_party v on v.case_id = r.case_id and v.role = 'VICTIM'
				join person p on p.id = v.person_id where p.given_name = 'Below' and r.referred_by_user_id = :user
				""").param("user", this.referrer.userId()).query(String.class).single()).isEqualTo("SPECIALIST_SERVICE");
	}

	@Test
	void aDraftCanBeDiscarded() throws Exception {
		UUID draft = this.driver.start(this.referrer);
		this.mvc.perform(post("/referrals/drafts/" + draft + "/discard").with(SignedInAs.user(this.referrer)).with(csrf()))
			.andExpect(redirectedUrl("/?discarded"));
		this.mvc.perform(get("/referrals/drafts/" + draft).with(SignedInAs.user(this.referrer)))
			.andExpect(status().isNotFound());
		assertThat(audited(draft, "DELETE")).isEqualTo(1);
	}

	private Cookie[] signIn(Actor user) throws Exception {
		return this.mvc.perform(formLogin("/sign-in").user(user.name()).password(Fixtures.PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andReturn().getResponse().getCookies();
	}

	private int audited(UUID draft, String action) {
		return audited(draft, action, "SUCCESS");
	}

	private int audited(UUID draft, String action, String outcome) {
		return this.jdbc.sql("""
				select count(*) from audit_event
				where subject_type = 'referral-draft' and subject_id = :id and action = :action and outcome = :outcome
				""").param("id", draft.toString()).param("action", action).param("outcome", outcome)
			.query(Integer.class).single();
	}

}
