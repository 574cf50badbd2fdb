package tandem.signin;

import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import tandem.agency.AgencyRef;

/** API tests: a police agency in a fresh area, ready to register clients for it and call the API as them. */
abstract class WithAnAgencyClient extends WithIdentityProvider {

	@Autowired
	MockMvc mvc;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	JsonMapper json;

	ApiClientFixture clients;

	ApiCalls api;

	AgencyRef agency;

	@BeforeEach
	void agencyWithAClient() {
		this.clients = new ApiClientFixture(this.jdbc, this.passwords);
		this.api = new ApiCalls(this.mvc, this.json);
		this.agency = this.fixtures.agency(this.fixtures.area(), "police");
	}

}
