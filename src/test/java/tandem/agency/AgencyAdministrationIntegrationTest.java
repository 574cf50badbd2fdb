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
class AgencyAdministrationIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Agencies agencies;

	Actor admin;

	Actor coordinator;

	AreaFixture area;

	AgencyRef police;

	@BeforeEach
	void partnership() {
		this.area = this.fixtures.area();
		this.police = this.fixtures.agency(this.area, "police");
		this.admin = this.fixtures.user(this.police, Role.ADMINISTRATOR);
		this.coordinator = this.fixtures.user(this.police, Role.COORDINATOR);
	}

	@Test
	void notSignedInIsSentToSignIn() throws Exception {
		this.mvc.perform(get("/admin/agencies")).andExpect(redirectedUrl(SIGN_IN_PAGE));
		this.mvc.perform(get("/admin/agencies/{id}", this.police.id())).andExpect(redirectedUrl(SIGN_IN_PAGE));
		this.mvc.perform(post("/admin/agencies/{id}/deactivate", this.police.id()).with(csrf()))
			.andExpect(redirectedUrl(SIGN_IN_PAGE));
		assertThat(active(this.police.id())).isTrue();
	}

	@Test
	void someoneWhoIsNotAnAdministratorIsRefusedAndNothingChanges() throws Exception {
		this.mvc.perform(get("/admin/agencies").with(as(this.coordinator))).andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/agencies").with(as(this.coordinator)).with(csrf())
				.param("area", this.area.id().toString()).param("code", "refused").param("name", "X").param("sector", "police"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/agencies/{id}", this.police.id()).with(as(this.coordinator)).with(csrf())
				.param("name", "Renamed").param("sector", "other").param("version", "0"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/agencies/{id}/deactivate", this.police.id()).with(as(this.coordinator)).with(csrf()))
			.andExpect(status().isForbidden());

		assertThat(this.agencies.findByQualifiedCode(this.area.code() + "-refused")).isEmpty();
		assertThat(this.agencies.findById(this.police.id()).orElseThrow().name()).isEqualTo(this.police.name());
		assertThat(active(this.police.id())).isTrue();
	}

	@Test
	void anAdministratorSeesAgenciesGroupedByArea() throws Exception {
		this.mvc.perform(get("/admin/agencies").with(as(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Test area " + this.area.code() + " (" + this.area.code() + ")")))
			.andExpect(content().string(containsString(this.police.qualifiedCode())));
	}

	@Test
	void anAdministratorAddsAnAgencyThatCanThenBeFoundByItsQualifiedCode() throws Exception {
		this.mvc.perform(post("/admin/agencies").with(as(this.admin)).with(csrf())
				.param("area", this.area.id().toString()).param("code", "womens-aid").param("name", "Women’s Aid")
				.param("sector", "specialist-domestic-abuse"))
			.andExpect(redirectedUrl("/admin/agencies"));

		AgencyRef added = this.agencies.findByQualifiedCode(this.area.code() + "-womens-aid").orElseThrow();
		assertThat(added.name()).isEqualTo("Women’s Aid");
		assertThat(added.areaId()).isEqualTo(this.area.id());
		assertThat(auditDetails(this.jdbc, this.admin, "CREATE", "agency", added.id()))
			.containsExactly("code: " + this.area.code() + "-womens-aid; sector: specialist-domestic-abuse");
	}

	@Test
	void anAdministratorChangesDeactivatesAndReactivatesAnAgency() throws Exception {
		this.mvc.perform(post("/admin/agencies/{id}", this.police.id()).with(as(this.admin)).with(csrf())
				.param("name", "Constabulary").param("sector", "police").param("version", "0"))
			.andExpect(redirectedUrl("/admin/agencies"));
		this.mvc.perform(post("/admin/agencies/{id}/deactivate", this.police.id()).with(as(this.admin)).with(csrf()))
			.andExpect(redirectedUrl("/admin/agencies"));
		assertThat(active(this.police.id())).isFalse();
		assertThat(this.agencies.findByQualifiedCode(this.police.qualifiedCode())).as("an inactive agency").isEmpty();
		this.mvc.perform(post("/admin/agencies/{id}/reactivate", this.police.id()).with(as(this.admin)).with(csrf()))
			.andExpect(redirectedUrl("/admin/agencies"));

		assertThat(active(this.police.id())).isTrue();
		assertThat(this.agencies.findByQualifiedCode(this.police.qualifiedCode())).isPresent();
		assertThat(this.agencies.findById(this.police.id()).orElseThrow().name()).isEqualTo("Constabulary");
		assertThat(auditDetails(this.jdbc, this.admin, "CHANGE", "agency", this.police.id()))
			.containsExactly("name changed", "deactivated", "reactivated");
	}

	@Test
	void anAmbiguousQualifiedCodeFindsNothing() {
		// Area "x-north" with agency "police" and area "x" with agency "north-police": both read "x-north-police".
		String prefix = Fixtures.unique("amb");
		UUID first = insertArea(prefix + "-north");
		UUID second = insertArea(prefix);
		insertAgency(first, "police");
		insertAgency(second, "north-police");

		assertThat(this.agencies.findByQualifiedCode(prefix + "-north-police")).isEmpty();
	}

	@Test
	void invalidInputIsShownAgainWithEveryValueKept() throws Exception {
		this.mvc.perform(post("/admin/agencies").with(as(this.admin)).with(csrf())
				.param("area", this.area.id().toString()).param("code", "-bad").param("name", "Kept name").param("sector", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<title>Error: Add an agency")))
			.andExpect(content().string(containsString("<a href=\"#code\">The agency code must start with a letter")))
			.andExpect(content().string(containsString("<a href=\"#sector\">Select the agency’s sector</a>")))
			.andExpect(content().string(containsString("value=\"-bad\"")))
			.andExpect(content().string(containsString("value=\"Kept name\"")))
			.andExpect(content().string(containsString("value=\"" + this.area.id() + "\" checked")));

		this.mvc.perform(post("/admin/agencies").with(as(this.admin)).with(csrf())
				.param("area", this.area.id().toString()).param("code", this.police.code()).param("name", "Twin")
				.param("sector", "police"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(AgencyAdministration.alreadyKnownAs(this.police.qualifiedCode()))));
	}

	@Test
	void aChangeBasedOnAnOldVersionIsRefusedWithTheInputKept() throws Exception {
		this.jdbc.sql("update agency set version = version + 1 where id = :id").param("id", this.police.id()).update();

		this.mvc.perform(post("/admin/agencies/{id}", this.police.id()).with(as(this.admin)).with(csrf())
				.param("name", "My edit").param("sector", "probation").param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(AgencyController.CONFLICT)))
			.andExpect(content().string(containsString("value=\"My edit\"")))
			.andExpect(content().string(containsString("value=\"probation\" selected")));

		assertThat(this.agencies.findById(this.police.id()).orElseThrow().name()).isEqualTo(this.police.name());
	}

	private UUID insertArea(String code) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("insert into area (id, code, name) values (:id, :code, 'Area')").param("id", id).param("code", code)
			.update();
		return id;
	}

	private void insertAgency(UUID areaId, String code) {
		this.jdbc.sql("insert into agency (id, area_id, code, name, sector) values (:id, :area, :code, 'Agency', 'police')")
			.param("id", UUID.randomUUID()).param("area", areaId).param("code", code).update();
	}

	private boolean active(UUID agencyId) {
		return this.jdbc.sql("select active from agency where id = :id").param("id", agencyId).query(Boolean.class).single();
	}

}
