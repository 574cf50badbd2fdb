package tandem.agency;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tandem.Fixtures;
import tandem.Fixtures.AreaFixture;
import tandem.TandemIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tandem.agency.AdminTesting.SIGN_IN_PAGE;
import static tandem.agency.AdminTesting.as;
import static tandem.agency.AdminTesting.auditDetails;

@TandemIntegrationTest
class AreaAdministrationIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	Actor admin;

	Actor coordinator;

	AreaFixture area;

	@BeforeEach
	void partnership() {
		this.area = this.fixtures.area();
		AgencyRef agency = this.fixtures.agency(this.area, "police");
		this.admin = this.fixtures.user(agency, Role.ADMINISTRATOR);
		this.coordinator = this.fixtures.user(agency, Role.COORDINATOR);
	}

	@Test
	void notSignedInIsSentToSignIn() throws Exception {
		this.mvc.perform(get("/admin")).andExpect(redirectedUrl(SIGN_IN_PAGE));
		this.mvc.perform(get("/admin/areas")).andExpect(redirectedUrl(SIGN_IN_PAGE));
		this.mvc.perform(post("/admin/areas").with(csrf()).param("code", "nowhere").param("name", "Nowhere"))
			.andExpect(redirectedUrl(SIGN_IN_PAGE));
		assertThat(areaExists("nowhere")).isFalse();
	}

	@Test
	void someoneWhoIsNotAnAdministratorIsRefusedAndNothingChanges() throws Exception {
		String code = Fixtures.unique("refused");
		this.mvc.perform(get("/admin").with(as(this.coordinator))).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/areas").with(as(this.coordinator))).andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/areas").with(as(this.coordinator)).with(csrf()).param("code", code).param("name", "X"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/areas/{id}", this.area.id()).with(as(this.coordinator)).with(csrf())
				.param("name", "Renamed").param("totpRequired", "yes").param("version", "0"))
			.andExpect(status().isForbidden());

		assertThat(areaExists(code)).isFalse();
		assertThat(areaName(this.area.id())).isEqualTo("Test area " + this.area.code());
	}

	@Test
	void anAdministratorSeesTheIndexAndTheAreas() throws Exception {
		this.mvc.perform(get("/admin").with(as(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/admin/audit\"")));
		this.mvc.perform(get("/admin/areas").with(as(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.area.code())));
	}

	@Test
	void anAdministratorAddsAnAreaAndItIsAudited() throws Exception {
		String code = Fixtures.unique("added");

		this.mvc.perform(post("/admin/areas").with(as(this.admin)).with(csrf()).param("code", code).param("name", "Added area"))
			.andExpect(redirectedUrl("/admin/areas"));

		UUID id = this.jdbc.sql("select id from area where code = :code").param("code", code).query(UUID.class).single();
		assertThat(areaName(id)).isEqualTo("Added area");
		assertThat(auditDetails(this.jdbc, this.admin, "CREATE", "area", id)).containsExactly("code: " + code);
	}

	@Test
	void anAdministratorChangesAnAreaAndItIsAudited() throws Exception {
		this.mvc.perform(get("/admin/areas/{id}", this.area.id()).with(as(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"version\" value=\"0\"")));

		this.mvc.perform(post("/admin/areas/{id}", this.area.id()).with(as(this.admin)).with(csrf())
				.param("name", "Renamed area").param("totpRequired", "yes").param("version", "0"))
			.andExpect(redirectedUrl("/admin/areas"));

		assertThat(areaName(this.area.id())).isEqualTo("Renamed area");
		assertThat(this.jdbc.sql("select totp_required from area where id = :id").param("id", this.area.id())
			.query(Boolean.class).single()).isTrue();
		assertThat(auditDetails(this.jdbc, this.admin, "CHANGE", "area", this.area.id()))
			.containsExactly("name changed; second factor required: false -> true");
	}

	@Test
	void invalidInputIsShownAgainWithEveryValueKept() throws Exception {
		this.mvc.perform(post("/admin/areas").with(as(this.admin)).with(csrf()).param("code", "Bad Code").param("name", "Kept name"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<title>Error: Add an area")))
			.andExpect(content().string(containsString("<a href=\"#code\">The area code must start with a letter")))
			.andExpect(content().string(containsString("value=\"Bad Code\"")))
			.andExpect(content().string(containsString("value=\"Kept name\"")));

		this.mvc.perform(post("/admin/areas").with(as(this.admin)).with(csrf()).param("code", this.area.code()).param("name", "Twin"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is already an area with the code " + this.area.code())));
	}

	@Test
	void aChangeBasedOnAnOldVersionIsRefusedWithTheInputKept() throws Exception {
		this.jdbc.sql("update area set name = 'Changed meanwhile', version = version + 1 where id = :id")
			.param("id", this.area.id()).update();

		this.mvc.perform(post("/admin/areas/{id}", this.area.id()).with(as(this.admin)).with(csrf())
				.param("name", "My edit").param("totpRequired", "no").param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(AreaController.CONFLICT)))
			.andExpect(content().string(containsString("value=\"My edit\"")))
			.andExpect(content().string(containsString("Changed meanwhile")))
			.andExpect(content().string(containsString("name=\"version\" value=\"1\"")))
			.andExpect(content().string(not(containsString("Success"))));

		assertThat(areaName(this.area.id())).isEqualTo("Changed meanwhile");
		assertThat(auditDetails(this.jdbc, this.admin, "CHANGE", "area", this.area.id())).isEmpty();
	}

	private boolean areaExists(String code) {
		return this.jdbc.sql("select exists (select 1 from area where code = :code)").param("code", code)
			.query(Boolean.class).single();
	}

	private String areaName(UUID id) {
		return this.jdbc.sql("select name from area where id = :id").param("id", id).query(String.class).single();
	}

}
