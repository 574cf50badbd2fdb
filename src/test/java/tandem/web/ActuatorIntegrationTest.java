package tandem.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;


import tandem.Fixtures;
import tandem.SignedInAs;
import tandem.TandemIntegrationTest;
import tandem.agency.Actor;
import tandem.agency.Role;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Load balancers and orchestrators may probe health without signing in; nothing else of the actuator is exposed. */
@TandemIntegrationTest
class ActuatorIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Test
	void livenessAndReadinessAreOpenAndShowNoDetail() throws Exception {
		this.mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
		this.mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
		this.mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.components").doesNotExist());
	}

	@Test
	void infoIsOpen() throws Exception {
		this.mvc.perform(get("/actuator/info")).andExpect(status().isOk()).andExpect(jsonPath("$.application").value("Tandem"));
	}

	@Test
	void otherActuatorEndpointsAreNotExposedEvenToAnAdministrator() throws Exception {
		Actor admin = this.fixtures.user(this.fixtures.agency(this.fixtures.area(), "police"), Role.ADMINISTRATOR);
		for (String endpoint : new String[] { "env", "beans", "configprops", "heapdump", "threaddump", "mappings" }) {
			this.mvc.perform(get("/actuator/" + endpoint)).andExpect(status().is3xxRedirection());
			this.mvc.perform(get("/actuator/" + endpoint).with(SignedInAs.user(admin))).andExpect(status().isNotFound());
		}
	}

}
