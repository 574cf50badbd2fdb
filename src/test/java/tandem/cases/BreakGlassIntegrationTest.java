package tandem.cases;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tandem.Fixtures;
import tandem.SignedInAs;
import tandem.Fixtures.AreaFixture;
import tandem.TandemIntegrationTest;
import tandem.agency.Actor;
import tandem.agency.AgencyRef;
import tandem.agency.Role;
import tandem.cases.CaseAuditRecords.Recorded;
import tandem.cases.CaseFixtures.CreatedCase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@TandemIntegrationTest
@Import({ CaseFixtures.class, CaseAuditRecords.class })
class BreakGlassIntegrationTest {

	static final String REASON = "Victim attended hospital tonight with injuries; need to check safety plan";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	CaseFixtures cases;

	@Autowired
	CaseAuditRecords audit;

	@Autowired
	JdbcClient jdbc;

	AreaFixture area;

	AgencyRef health;

	CreatedCase aCase;

	@BeforeEach
	void partnership() {
		this.area = this.fixtures.area();
		AgencyRef police = this.fixtures.agency(this.area, "police");
		this.health = this.fixtures.agency(this.area, "acute-health");
		this.aCase = this.cases.aCase(this.area.id()).involving(police).create();
	}

	@Test
	void notSignedInCannotBreakGlass() throws Exception {
		this.mvc.perform(post(this.aCase.path() + "/break-glass").param("reason", REASON).with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void breakGlassNeedsAValidFormToken() throws Exception {
		Actor nurse = this.fixtures.user(this.health, Role.REFERRER);

		int status = this.mvc.perform(post(this.aCase.path() + "/break-glass").param("reason", REASON)
			.with(SignedInAs.user(nurse))).andReturn().getResponse().getStatus();

		assertThat(status).isNotEqualTo(200);
		assertThat(this.audit.of(nurse)).extracting(Recorded::action).doesNotContain("BREAK_GLASS");
		page(nurse, this.aCase.path(), 403);
	}

	@Test
	void breakGlassIsNotAvailableOnARestrictedCase() throws Exception {
		Actor nurse = this.fixtures.user(this.health, Role.REFERRER);
		CreatedCase restricted = this.cases.aCase(this.area.id()).restrictedTo(this.fixtures.user(this.health)).create();

		this.mvc.perform(post(restricted.path() + "/break-glass").param("reason", REASON)
			.with(SignedInAs.user(nurse))
			.with(csrf())).andExpect(status().isNotFound());

		page(nurse, restricted.path(), 404);
		assertThat(this.audit.of(nurse)).extracting(Recorded::action).doesNotContain("BREAK_GLASS");
	}

	@Test
	void tooShortAReasonIsRefusedWithTheInputKept() throws Exception {
		Actor nurse = this.fixtures.user(this.health, Role.REFERRER);

		String html = this.mvc.perform(post(this.aCase.path() + "/break-glass").param("reason", "Need to see it")
			.with(SignedInAs.user(nurse))
			.with(csrf())).andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();

		assertThat(html).contains("<title>Error: You do not have access to this case", "There is a problem",
				"Reason must be 20 characters or more", ">Need to see it</textarea>");
		assertThat(this.audit.of(nurse)).extracting(Recorded::action).doesNotContain("BREAK_GLASS");
		page(nurse, this.aCase.path(), 403);
	}

	@Test
	void breakGlassOpensTheCaseIsAuditedWithItsReasonAndIsListedForTheAreaCoordinatorOnly() throws Exception {
		Actor nurse = this.fixtures.user(this.health, Role.REFERRER);

		this.mvc.perform(post(this.aCase.path() + "/break-glass").param("reason", "  " + REASON + " ")
			.with(SignedInAs.user(nurse))
			.with(csrf())).andExpect(redirectedUrl(this.aCase.path()));
		page(nurse, this.aCase.path(), 200);

		assertThat(this.audit.of(nurse)).containsExactly(
				new Recorded("BREAK_GLASS", "case", this.aCase.id(), "SUCCESS", REASON),
				new Recorded("VIEW", "case", this.aCase.id(), "SUCCESS", "basis: emergency access"));
		Actor coordinator = this.fixtures.user(this.fixtures.agency(this.area, "idva"), Role.COORDINATOR);
		assertThat(page(coordinator, "/break-glass", 200)).contains(this.aCase.reference(), nurse.name(), REASON);
		Actor otherCoordinator = this.fixtures.user(this.fixtures.agency(this.fixtures.area(), "idva"),
				Role.COORDINATOR);
		assertThat(page(otherCoordinator, "/break-glass", 200)).doesNotContain(this.aCase.reference(), REASON);
	}

	@Test
	void anExpiredGrantNoLongerOpensTheCase() throws Exception {
		Actor nurse = this.fixtures.user(this.health, Role.REFERRER);
		this.jdbc.sql("""
				insert into break_glass (id, case_id, user_id, reason, granted_at, expires_at)
				values (:id, :caseId, :userId, :reason, now() - interval '9 hours', now() - interval '1 hour')
				""")
			.param("id", UUID.randomUUID()).param("caseId", this.aCase.id()).param("userId", nurse.userId())
			.param("reason", REASON)
			.update();

		page(nurse, this.aCase.path(), 403);
	}

	private String page(Actor actor, String path, int status) throws Exception {
		return this.mvc.perform(get(path).with(SignedInAs.user(actor)))
			.andExpect(status().is(status))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
