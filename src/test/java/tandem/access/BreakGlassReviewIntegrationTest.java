package tandem.access;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tandem.Fixtures;
import tandem.Fixtures.AreaFixture;
import tandem.TandemIntegrationTest;
import tandem.agency.Actor;
import tandem.agency.Role;
import tandem.cases.CaseAuditRecords;
import tandem.cases.CaseAuditRecords.Recorded;
import tandem.cases.CaseFixtures;
import tandem.cases.CaseFixtures.CreatedCase;
import tandem.SignedInAs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** "Emergency access to review": the area's coordinators, and only they, review break-glass grants. */
@TandemIntegrationTest
@Import({ CaseFixtures.class, CaseAuditRecords.class })
class BreakGlassReviewIntegrationTest {

	static final String REASON = "Out of hours call from the victim's neighbour about shouting";

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

	CreatedCase aCase;

	UUID grantId;

	Actor coordinator;

	@BeforeEach
	void anEmergencyAccess() throws Exception {
		this.area = this.fixtures.area();
		this.aCase = this.cases.aCase(this.area.id()).involving(this.fixtures.agency(this.area, "police")).create();
		Actor outsider = this.fixtures.user(this.fixtures.agency(this.area, "housing"), Role.REFERRER);
		this.mvc.perform(post(this.aCase.path() + "/break-glass").param("reason", REASON)
			.with(SignedInAs.user(outsider))
			.with(csrf())).andExpect(status().is3xxRedirection());
		this.grantId = this.jdbc.sql("select id from break_glass where case_id = :id")
			.param("id", this.aCase.id()).query(UUID.class).single();
		this.coordinator = this.fixtures.user(this.fixtures.agency(this.area, "idva"), Role.COORDINATOR);
	}

	@Test
	void notSignedInIsSentToSignIn() throws Exception {
		this.mvc.perform(get("/break-glass")).andExpect(status().is3xxRedirection());
	}

	@Test
	void onlyCoordinatorsMayOpenTheList() throws Exception {
		Actor chair = this.fixtures.user(this.fixtures.agency(this.area, "probation"), Role.CHAIR, Role.REFERRER);

		this.mvc.perform(get("/break-glass").with(SignedInAs.user(chair))).andExpect(status().isForbidden());
	}

	@Test
	void coordinatorOfAnotherAreaCannotReviewIt() throws Exception {
		Actor other = this.fixtures.user(this.fixtures.agency(this.fixtures.area(), "idva"), Role.COORDINATOR);

		this.mvc.perform(post("/break-glass/" + this.grantId + "/review").param("note", "Checked, fine")
			.with(SignedInAs.user(other))
			.with(csrf())).andExpect(status().isNotFound());

		assertThat(reviewed()).isFalse();
	}

	@Test
	void areaCoordinatorMarksItReviewedWithANoteAndItIsAudited() throws Exception {
		String list = this.mvc.perform(get("/break-glass").with(SignedInAs.user(this.coordinator)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString().replace("&#39;", "'");
		assertThat(list).contains(this.aCase.reference(), REASON, "Active until");

		this.mvc.perform(post("/break-glass/" + this.grantId + "/review")
			.param("note", "Confirmed with the housing team leader: justified")
			.with(SignedInAs.user(this.coordinator))
			.with(csrf())).andExpect(redirectedUrl("/break-glass"));

		assertThat(reviewed()).isTrue();
		assertThat(this.mvc.perform(get("/break-glass").with(SignedInAs.user(this.coordinator)))
			.andReturn().getResponse().getContentAsString()).doesNotContain(this.aCase.reference());
		assertThat(this.audit.of(this.coordinator)).contains(new Recorded("CHANGE", "break-glass", this.aCase.id(),
				"SUCCESS", "Emergency access reviewed"));
	}

	@Test
	void aReviewWithoutANoteIsRefusedAndNothingChanges() throws Exception {
		String html = this.mvc.perform(post("/break-glass/" + this.grantId + "/review").param("note", " ")
			.with(SignedInAs.user(this.coordinator))
			.with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

		assertThat(html).contains("<title>Error: ", "Enter what you found when you reviewed this emergency access",
				"#note-" + this.grantId);
		assertThat(reviewed()).isFalse();
	}

	private boolean reviewed() {
		return this.jdbc.sql("select reviewed_at is not null from break_glass where id = :id")
			.param("id", this.grantId).query(Boolean.class).single();
	}

}
