package tandem.directory;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The directory for everyone signed in; capacity kept by the provider alone, never below zero. */
@TandemIntegrationTest
@Import(DirectoryFixtures.class)
class CapacityIntegrationTest {

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

	private UUID refuge;

	@BeforeEach
	void refuge() {
		this.area = this.fixtures.area();
		this.provider = this.fixtures.agency(this.area, "specialist-domestic-abuse");
		this.refuge = this.directory.service(this.provider, this.area, "REFUGE", "Harbour refuge", 2);
	}

	@Test
	void anyoneSignedInInTheAreaFindsTheServiceAndItsAreaButNoAddress() throws Exception {
		this.mvc.perform(get("/directory")).andExpect(status().is3xxRedirection());
		Actor police = this.fixtures.user(this.fixtures.agency(this.area, "police"), Role.REFERRER);
		this.mvc.perform(get("/directory").param("kind", "REFUGE").with(SignedInAs.user(police)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Harbour refuge")))
			.andExpect(content().string(containsString("2 spaces free")));
		this.mvc.perform(get("/directory/" + this.refuge).with(SignedInAs.user(police)))
			.andExpect(content().string(containsString("In Test area " + this.area.code())))
			.andExpect(content().string(containsString("the address is never recorded")));
	}

	@Test
	void onlyTheProviderChangesCapacityAndNeverBelowZero() throws Exception {
		Actor outsider = this.fixtures.user(this.fixtures.agency(this.area, "idva"), Role.CASEWORKER);
		this.mvc.perform(post("/directory/" + this.refuge + "/capacity").param("spacesFree", "9").param("version", "0")
			.with(SignedInAs.user(outsider)).with(csrf())).andExpect(status().isForbidden());

		Actor worker = this.fixtures.user(this.provider, Role.CASEWORKER);
		this.mvc.perform(post("/directory/" + this.refuge + "/capacity").param("spacesFree", "-1").param("version", "0")
			.param("waitingWeeks", "3").with(SignedInAs.user(worker)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Spaces free cannot be below zero")))
			.andExpect(content().string(containsString("value=\"3\"")));
		assertThat(spaces()).isEqualTo(2);

		this.mvc.perform(post("/directory/" + this.refuge + "/capacity").param("spacesFree", "0").param("version", "0")
			.with(SignedInAs.user(worker)).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(spaces()).isZero();
		this.mvc.perform(post("/directory/" + this.refuge + "/capacity").param("spacesFree", "5").param("version", "0")
			.with(SignedInAs.user(worker)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed these figures")));
		assertThat(spaces()).isZero();
	}

	private int spaces() {
		return this.jdbc.sql("select spaces_free from directory_service where id = :id").param("id", this.refuge)
			.query(Integer.class).single();
	}

}
