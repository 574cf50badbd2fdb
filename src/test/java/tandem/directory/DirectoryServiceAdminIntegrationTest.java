package tandem.directory;

import java.util.List;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Adding and changing directory services: administrators any, service managers their own agency's, audited. */
@TandemIntegrationTest
@Import(DirectoryFixtures.class)
class DirectoryServiceAdminIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	DirectoryFixtures directory;

	@Autowired
	JdbcClient jdbc;

	private AreaFixture area;

	private AgencyRef provider;

	private UUID outreach;

	@BeforeEach
	void aService() {
		this.area = this.fixtures.area();
		this.provider = this.fixtures.agency(this.area, "specialist-domestic-abuse");
		this.outreach = this.directory.service(this.provider, this.area, "OUTREACH", "Harbour outreach", null);
	}

	@Test
	void notSignedInIsSentToSignIn() throws Exception {
		this.mvc.perform(get("/directory/new")).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/sign-in"));
		this.mvc.perform(get("/directory/" + this.outreach + "/edit")).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/sign-in"));
	}

	@Test
	void aReferrerIsRefusedAndTheRefusalAudited() throws Exception {
		Actor referrer = this.fixtures.user(this.fixtures.agency(this.area, "police"), Role.REFERRER);
		this.mvc.perform(get("/directory").with(SignedInAs.user(referrer)))
			.andExpect(content().string(not(containsString("Add a service"))));
		this.mvc.perform(get("/directory/new").with(SignedInAs.user(referrer))).andExpect(status().isForbidden());
		this.mvc.perform(valid(post("/directory/new")).param("agency", this.provider.id().toString())
			.with(SignedInAs.user(referrer)).with(csrf())).andExpect(status().isForbidden());
		assertThat(refusals(referrer, null)).isEqualTo(2);
		assertThat(servicesNamed("Lighthouse drop-in")).isZero();
	}

	@Test
	void aServiceManagerOfAnotherAgencyCannotChangeTheService() throws Exception {
		Actor other = this.fixtures.user(this.fixtures.agency(this.area, "idva"), Role.SERVICE_MANAGER);
		this.mvc.perform(get("/directory/" + this.outreach).with(SignedInAs.user(other)))
			.andExpect(content().string(not(containsString("Change this service"))));
		this.mvc.perform(get("/directory/" + this.outreach + "/edit").with(SignedInAs.user(other)))
			.andExpect(status().isForbidden());
		this.mvc.perform(valid(post("/directory/" + this.outreach + "/edit")).param("version", "0")
			.with(SignedInAs.user(other)).with(csrf())).andExpect(status().isForbidden());
		assertThat(refusals(other, this.outreach)).isEqualTo(2);
		assertThat(name(this.outreach)).isEqualTo("Harbour outreach");
	}

	@Test
	void anAdministratorAddsAServiceForAnyAgencyAsTyped() throws Exception {
		Actor admin = this.fixtures.user(this.fixtures.agency(this.area, "council"), Role.ADMINISTRATOR);
		this.mvc.perform(get("/directory").with(SignedInAs.user(admin)))
			.andExpect(content().string(containsString("Add a service")));
		this.mvc.perform(get("/directory/new").with(SignedInAs.user(admin))).andExpect(status().isOk())
			.andExpect(content().string(containsString("never an address")));
		this.mvc.perform(valid(post("/directory/new"), "REFUGE").param("agency", this.provider.id().toString())
			.param("locatedInArea", this.area.id().toString())
			.param("minAge", "16").param("languages", "Polish, Urdu ,").with(SignedInAs.user(admin)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/directory/*"));
		var row = this.jdbc.sql("""
				select id, agency_id, kind, description, area_ids[1] as area, risk_levels, min_age, max_age,
				       array_to_string(languages, '|') as languages, located_in_area_id, active
				from directory_service where name = 'Lighthouse drop-in' and agency_id = :agency
				""").param("agency", this.provider.id()).query().singleRow();
		assertThat(row.get("kind")).isEqualTo("REFUGE");
		assertThat(row.get("description")).isEqualTo("Somewhere to talk, weekdays");
		assertThat(row.get("area")).isEqualTo(this.area.id());
		assertThat(row.get("min_age")).isEqualTo(16);
		assertThat(row.get("max_age")).isNull();
		assertThat(row.get("languages")).isEqualTo("Polish|Urdu");
		assertThat(row.get("located_in_area_id")).isEqualTo(this.area.id());
		assertThat(row.get("active")).isEqualTo(true);
		assertThat(audited(admin, "CREATE", (UUID) row.get("id"))).isEqualTo(1);
	}

	@Test
	void aServiceManagerChangesTheirOwnAgencysService() throws Exception {
		Actor manager = this.fixtures.user(this.provider, Role.SERVICE_MANAGER);
		this.mvc.perform(get("/directory/" + this.outreach).with(SignedInAs.user(manager)))
			.andExpect(content().string(containsString("Change this service")));
		this.mvc.perform(get("/directory/" + this.outreach + "/edit").with(SignedInAs.user(manager)))
			.andExpect(status().isOk()).andExpect(content().string(containsString("value=\"Harbour outreach\"")));
		// The agency field is ignored for a manager: the service stays with their agency.
		AgencyRef elsewhere = this.fixtures.agency(this.area, "police");
		this.mvc.perform(valid(post("/directory/" + this.outreach + "/edit")).param("version", "0")
			.param("agency", elsewhere.id().toString()).with(SignedInAs.user(manager)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(name(this.outreach)).isEqualTo("Lighthouse drop-in");
		assertThat(this.jdbc.sql("select agency_id from directory_service where id = :id").param("id", this.outreach)
			.query(UUID.class).single()).isEqualTo(this.provider.id());
		assertThat(audited(manager, "CHANGE", this.outreach)).isEqualTo(1);
	}

	@Test
	void anAdministratorStillEditsTheServiceOfADeactivatedAgencyButCannotGiveItToOne() throws Exception {
		Actor admin = this.fixtures.user(this.fixtures.agency(this.area, "council"), Role.ADMINISTRATOR);
		AgencyRef closed = this.fixtures.agency(this.area, "housing");
		this.jdbc.sql("update agency set active = false where id in (:ids)")
			.param("ids", List.of(this.provider.id(), closed.id())).update();
		this.mvc.perform(valid(post("/directory/" + this.outreach + "/edit")).param("version", "0")
			.param("agency", closed.id().toString()).with(SignedInAs.user(admin)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Select the agency that provides the service")));
		this.mvc.perform(valid(post("/directory/" + this.outreach + "/edit")).param("version", "0")
			.param("agency", this.provider.id().toString()).with(SignedInAs.user(admin)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(name(this.outreach)).isEqualTo("Lighthouse drop-in");
		assertThat(audited(admin, "CHANGE", this.outreach)).isEqualTo(1);
	}

	@Test
	void invalidInputShowsEveryErrorAndKeepsWhatWasTyped() throws Exception {
		Actor manager = this.fixtures.user(this.provider, Role.SERVICE_MANAGER);
		this.mvc.perform(post("/directory/new").param("name", "Typed name").param("kind", "OUTREACH")
			.param("minAge", "30").param("maxAge", "12").param("genders", "Women")
			.param("locatedInArea", this.area.id().toString()).with(SignedInAs.user(manager)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<title>Error: ")))
			.andExpect(content().string(containsString("Enter a description of the service")))
			.andExpect(content().string(containsString("Select at least one area the service covers")))
			.andExpect(content().string(containsString("Select at least one risk level the service accepts")))
			.andExpect(content().string(containsString("Oldest age must be the same as or more than the youngest age")))
			.andExpect(content().string(containsString("Enter how to refer to the service")))
			.andExpect(content().string(containsString("Only a refuge gives the area it is in")))
			.andExpect(content().string(containsString("value=\"Typed name\"")))
			.andExpect(content().string(containsString("value=\"30\"")))
			.andExpect(content().string(containsString("value=\"12\"")))
			.andExpect(content().string(containsString("value=\"Women\"")));
		this.mvc.perform(valid(post("/directory/new"), "REFUGE").param("minAge", "121")
			.with(SignedInAs.user(manager)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Select the area the refuge is in")))
			.andExpect(content().string(containsString("Youngest age must be between 0 and 120")));
		assertThat(servicesNamed("Typed name") + servicesNamed("Lighthouse drop-in")).isZero();
	}

	@Test
	void aStaleVersionShowsTheConflictAndDoesNotOverwrite() throws Exception {
		Actor manager = this.fixtures.user(this.provider, Role.SERVICE_MANAGER);
		this.jdbc.sql("update directory_service set name = 'Renamed meanwhile', version = version + 1 where id = :id")
			.param("id", this.outreach).update();
		this.mvc.perform(valid(post("/directory/" + this.outreach + "/edit")).param("version", "0")
			.with(SignedInAs.user(manager)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed this service")))
			.andExpect(content().string(containsString("value=\"Lighthouse drop-in\"")))
			.andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
		assertThat(name(this.outreach)).isEqualTo("Renamed meanwhile");
		assertThat(audited(manager, "CHANGE", this.outreach)).isZero();
	}

	/** Every required field filled in validly, for a service covering the test area. */
	private MockHttpServletRequestBuilder valid(MockHttpServletRequestBuilder request) {
		return valid(request, "DROP_IN");
	}

	private MockHttpServletRequestBuilder valid(MockHttpServletRequestBuilder request, String kind) {
		return request.param("name", "Lighthouse drop-in").param("kind", kind)
			.param("description", "Somewhere to talk, weekdays").param("areas", this.area.id().toString())
			.param("riskLevels", "STANDARD", "MEDIUM").param("howToRefer", "Walk in").param("active", "true");
	}

	private String name(UUID id) {
		return this.jdbc.sql("select name from directory_service where id = :id").param("id", id)
			.query(String.class).single();
	}

	private int servicesNamed(String name) {
		return this.jdbc.sql("select count(*) from directory_service where name = :name and :area = any(area_ids)")
			.param("name", name).param("area", this.area.id()).query(Integer.class).single();
	}

	private int refusals(Actor actor, UUID subject) {
		return this.jdbc.sql("""
				select count(*) from audit_event where actor_id = :actor and action = 'ACCESS_REFUSED'
				and subject_type = 'directory-service' and subject_id is not distinct from :subject
				""").param("actor", actor.id()).param("subject", subject == null ? null : subject.toString())
			.query(Integer.class).single();
	}

	private int audited(Actor actor, String action, UUID subject) {
		return this.jdbc.sql("""
				select count(*) from audit_event where actor_id = :actor and action = :action
				and subject_type = 'directory-service' and subject_id = :subject
				""").param("actor", actor.id()).param("action", action).param("subject", subject.toString())
			.query(Integer.class).single();
	}

}
