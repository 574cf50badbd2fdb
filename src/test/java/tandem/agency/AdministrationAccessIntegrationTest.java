package tandem.agency;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tandem.Fixtures;
import tandem.Fixtures.AreaFixture;
import tandem.TandemIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tandem.agency.AdminTesting.SIGN_IN_PAGE;
import static tandem.agency.AdminTesting.as;

/**
 * Every administration page and action, in the order the brief sets: not signed in, then signed in without the
 * administrator role, then as an administrator. The first test fails when an endpoint is added without being listed.
 */
@TandemIntegrationTest
class AdministrationAccessIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	AreaFixture area;

	AgencyRef agency;

	Actor admin;

	Actor coordinator;

	Actor user;

	UUID client;

	record Endpoint(HttpMethod method, String path) {

		@Override
		public String toString() {
			return this.method + " " + this.path;
		}

	}

	@BeforeEach
	void partnership() {
		this.area = this.fixtures.area();
		this.agency = this.fixtures.agency(this.area, "police");
		this.admin = this.fixtures.user(this.agency, Role.ADMINISTRATOR);
		this.coordinator = this.fixtures.user(this.agency, Role.COORDINATOR, Role.CHAIR, Role.ANALYST);
		this.user = this.fixtures.user(this.agency, Role.REFERRER);
		this.client = UUID.randomUUID();
		this.jdbc.sql("insert into api_client (id, client_id, agency_id, secret_hash, description) values (:id, :c, :a, 'x', 'd')")
			.param("id", this.client).param("c", Fixtures.unique("access")).param("a", this.agency.id()).update();
	}

	static final List<Endpoint> ENDPOINTS = List.of(get("/admin"),
			get("/admin/areas"), get("/admin/areas/new"), post("/admin/areas"), get("/admin/areas/{id}"),
			post("/admin/areas/{id}"),
			get("/admin/agencies"), get("/admin/agencies/new"), post("/admin/agencies"), get("/admin/agencies/{id}"),
			post("/admin/agencies/{id}"), post("/admin/agencies/{id}/deactivate"), post("/admin/agencies/{id}/reactivate"),
			get("/admin/users"), get("/admin/users/new"), post("/admin/users"), get("/admin/users/{id}"),
			get("/admin/users/{id}/edit"), post("/admin/users/{id}/edit"), post("/admin/users/{id}/disable"),
			post("/admin/users/{id}/enable"), post("/admin/users/{id}/unlock"), get("/admin/users/{id}/password"),
			post("/admin/users/{id}/password"),
			get("/admin/api-clients"), get("/admin/api-clients/new"), post("/admin/api-clients"),
			get("/admin/api-clients/{id}/revoke"), post("/admin/api-clients/{id}/revoke"));

	@Test
	void everyAdministrationEndpointIsListedHere() {
		Set<String> mapped = new TreeSet<>();
		this.mappings.getHandlerMethods().forEach((info, handler) -> {
			if (handler.getBeanType().getPackageName().equals(AdministrationController.class.getPackageName())) {
				info.getPathPatternsCondition().getPatternValues().forEach(path -> info.getMethodsCondition()
					.getMethods().forEach(method -> mapped.add(method.name() + " " + path)));
			}
		});
		assertThat(mapped).containsExactlyInAnyOrderElementsOf(ENDPOINTS.stream().map(Endpoint::toString).toList());
	}

	@Test
	void notSignedInEveryEndpointSendsToSignIn() throws Exception {
		for (Endpoint endpoint : ENDPOINTS) {
			this.mvc.perform(requestFor(endpoint)).andExpect(redirectedUrl(SIGN_IN_PAGE));
		}
		assertNothingChanged();
	}

	@Test
	void withoutTheAdministratorRoleEveryEndpointIsRefused() throws Exception {
		for (Endpoint endpoint : ENDPOINTS) {
			this.mvc.perform(requestFor(endpoint).with(as(this.coordinator))).andExpect(status().isForbidden());
		}
		assertNothingChanged();
	}

	@Test
	void anAdministratorSeesEveryPage() throws Exception {
		for (Endpoint endpoint : ENDPOINTS) {
			if (endpoint.method() == HttpMethod.GET) {
				this.mvc.perform(requestFor(endpoint).with(as(this.admin))).andExpect(status().isOk());
			}
		}
	}

	@Test
	void anIdThatNamesNothingIsNotFound() throws Exception {
		for (String path : List.of("/admin/areas/{id}", "/admin/agencies/{id}", "/admin/users/{id}", "/admin/api-clients/{id}/revoke")) {
			this.mvc.perform(request(HttpMethod.GET, path, UUID.randomUUID()).with(as(this.admin)))
				.andExpect(status().isNotFound());
		}
	}

	private MockHttpServletRequestBuilder requestFor(Endpoint endpoint) {
		String path = endpoint.path();
		UUID id = path.startsWith("/admin/areas") ? this.area.id()
				: path.startsWith("/admin/agencies") ? this.agency.id()
				: path.startsWith("/admin/users") ? this.user.userId() : this.client;
		MockHttpServletRequestBuilder request = request(endpoint.method(), path, id);
		// Enough for every form to bind, so that only the access rule decides the outcome.
		return endpoint.method() == HttpMethod.POST ? request.with(csrf()).param("version", "0") : request;
	}

	private void assertNothingChanged() {
		assertThat(this.jdbc.sql("""
				select count(*) from audit_event
				where subject_type in ('area', 'agency', 'user', 'api_client')
				  and subject_id in (:ids)
				""")
			.param("ids", List.of(this.area.id().toString(), this.agency.id().toString(), this.user.userId().toString(),
					this.client.toString()))
			.query(Integer.class).single()).isZero();
		assertThat(this.jdbc.sql("""
				select a.version + g.version + u.version from area a, agency g, app_user u
				where a.id = :area and g.id = :agency and u.id = :user and u.enabled and g.active
				""")
			.param("area", this.area.id()).param("agency", this.agency.id()).param("user", this.user.userId())
			.query(Integer.class).single()).isZero();
		assertThat(this.jdbc.sql("select revoked_at is null from api_client where id = :id").param("id", this.client)
			.query(Boolean.class).single()).isTrue();
	}

	private static Endpoint get(String path) {
		return new Endpoint(HttpMethod.GET, path);
	}

	private static Endpoint post(String path) {
		return new Endpoint(HttpMethod.POST, path);
	}

}
