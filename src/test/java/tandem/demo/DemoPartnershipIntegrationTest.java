package tandem.demo;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import tandem.TandemIntegrationTest;
import tandem.agency.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * The demo partnership as the demo profile loads it at start-up, in the shared test database. Other tests create their
 * own uniquely named areas, so {@code north} and {@code south} come only from the loader, whether it ran for this
 * context or already for an earlier one.
 */
@TandemIntegrationTest
@TestPropertySource(properties = { "tandem.demo.enabled=true", "tandem.demo.allow-configured-database=true" })
class DemoPartnershipIntegrationTest {

	private static final String DEMO = "(select id from area where code in ('north', 'south'))";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	DemoPartnershipLoader loader;

	@Autowired
	MockMvc mvc;

	@Test
	void bothAreasHaveTheElevenAgenciesWithTheirFixedCodes() {
		List<String> agencies = this.jdbc.sql("""
				select a.code || '/' || g.code from agency g join area a on a.id = g.area_id
				where a.id in %s order by 1
				""".formatted(DEMO)).query(String.class).list();

		List<String> expected = new ArrayList<>();
		for (String area : List.of("north", "south")) {
			for (String code : List.of("police", "idva", "womens-aid", "childrens-social-care", "adult-social-care",
					"housing", "acute-health", "primary-care", "probation", "mental-health", "education")) {
				expected.add(area + "/" + code);
			}
		}
		assertThat(agencies).containsExactlyInAnyOrderElementsOf(expected);
	}

	@Test
	void everyAgencyHasAnApiClientWhoseSecretIsStoredOnlyAsAHash() {
		Map<String, String> hashes = this.jdbc.sql("""
				select c.client_id, c.secret_hash from api_client c join agency g on g.id = c.agency_id
				where g.area_id in %s
				""".formatted(DEMO)).query().listOfRows().stream()
			.collect(Collectors.toMap(row -> (String) row.get("client_id"), row -> (String) row.get("secret_hash")));

		assertThat(hashes).hasSize(22).containsKeys("north-police", "south-education", "north-womens-aid");
		hashes.forEach((clientId, hash) -> {
			assertThat(hash).startsWith("$argon2id$");
			assertThat(this.passwords.matches("demo-" + clientId, hash)).as(clientId).isTrue();
		});
		assertThat(this.passwords.matches("demo-north-idva", hashes.get("north-police"))).isFalse();
	}

	@Test
	void thereAreSignInsOfEveryRoleInBothAreas() {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		this.jdbc.sql("""
				select r.role from user_role r join app_user u on u.id = r.user_id join agency g on g.id = u.agency_id
				where g.area_id in %s
				""".formatted(DEMO)).query(String.class).list().forEach(role -> roles.add(Role.valueOf(role)));
		List<String> usernames = this.jdbc.sql("select username from app_user").query(String.class).list();

		assertThat(roles).containsExactlyInAnyOrder(Role.values());
		assertThat(usernames).containsAll(DemoSignIns.USERS.stream().map(DemoUser::username).toList());
		assertThat(areasOfUsersWith("COORDINATOR")).containsExactlyInAnyOrder("north", "south");
		assertThat(areasOfUsersWith("CASEWORKER")).containsExactlyInAnyOrder("north", "south");
	}

	@Test
	void eachAreaHasFortyCasesWithReferencesFromTheSequence() {
		Map<String, Long> casesPerArea = this.jdbc.sql("""
				select a.code, count(*) as cases from case_file c join area a on a.id = c.area_id
				where a.id in %s group by a.code
				""".formatted(DEMO)).query().listOfRows().stream()
			.collect(Collectors.toMap(row -> (String) row.get("code"), row -> (Long) row.get("cases")));
		List<String> references = this.jdbc.sql("select reference from case_file where area_id in " + DEMO)
			.query(String.class).list();

		assertThat(casesPerArea).containsEntry("north", 40L).containsEntry("south", 40L);
		assertThat(references).allMatch(reference -> reference.matches("(NORTH|SOUTH)-20\\d\\d-\\d{4,}"));
	}

	@Test
	void eachAreaHasAHeardMeetingWithOpenActionsAndANextMeetingWithItsAgenda() {
		Map<String, String> marac = this.jdbc.sql("""
				select a.code, count(*) filter (where i.status = 'HEARD') || ' heard, '
				       || count(*) filter (where i.status = 'LISTED' and i.category = 'REPEAT') || ' repeats listed, '
				       || (select count(*) from marac_action x join marac_meeting y on y.id = x.meeting_id
				           where y.area_id = a.id and x.status = 'OPEN') || ' open actions'
				from agenda_item i join marac_meeting m on m.id = i.meeting_id join area a on a.id = m.area_id
				where a.id in %s group by a.id, a.code
				""".formatted(DEMO)).query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2))).list()
			.stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

		assertThat(marac).containsOnly(Map.entry("north", "2 heard, 2 repeats listed, 2 open actions"),
				Map.entry("south", "2 heard, 2 repeats listed, 2 open actions"));
	}

	@Test
	void southsRestrictedCasesAreNamedOnlyToOneIdva() {
		List<String> named = this.jdbc.sql("""
				select distinct u.username from case_file c
				join area a on a.id = c.area_id
				join case_named_user n on n.case_id = c.id
				join app_user u on u.id = n.user_id
				where a.code = 'south' and c.restricted
				""").query(String.class).list();

		assertThat(named).containsExactly(DemoSignIns.SOUTH_NAMED_USER);
	}

	@Test
	void loadingAgainChangesNothing() throws Exception {
		String before = fingerprint();

		this.loader.run(new DefaultApplicationArguments());

		assertThat(fingerprint()).isEqualTo(before);
	}

	@Test
	void noPasswordOrSecretIsStoredInPlainText() {
		List<String> secrets = new ArrayList<>(List.of(DemoSignIns.PASSWORD));
		for (DemoArea area : DemoArea.values()) {
			for (DemoAgency agency : DemoAgency.values()) {
				secrets.add(agency.clientSecretIn(area));
			}
		}
		String[] patterns = secrets.stream().map(secret -> "%" + secret + "%").toArray(String[]::new);
		List<Map<String, Object>> textColumns = this.jdbc.sql("""
				select table_name, column_name from information_schema.columns
				where table_schema = current_schema() and data_type in ('text', 'character varying')
				""").query().listOfRows();

		assertThat(textColumns).extracting(column -> column.get("column_name")).contains("secret_hash", "password_hash");
		for (Map<String, Object> column : textColumns) {
			Long found = this.jdbc.sql("select count(*) from %s where %s like any (:patterns)"
				.formatted(column.get("table_name"), column.get("column_name")))
				.param("patterns", patterns).query(Long.class).single();
			assertThat(found).as("%s.%s", column.get("table_name"), column.get("column_name")).isZero();
		}
	}

	@Test
	void theReviewQueueHoldsAProbableMatchBetweenTheAreas() {
		List<String> pairs = this.jdbc.sql("""
				select m.status || ' ' || (m.probability >= 0.5) || ' ' || string_agg(distinct a.code, ',' order by a.code)
				from match_proposal m join case_party p on p.person_id in (m.person_low, m.person_high)
				join case_file c on c.id = p.case_id join area a on a.id = c.area_id
				where a.id in %s group by m.id
				""".formatted(DEMO)).query(String.class).list();

		assertThat(pairs).contains("OPEN true north,south");
	}

	@Test
	void theDemoPasswordSignsInAsTheNorthCoordinator() throws Exception {
		this.mvc.perform(formLogin("/sign-in").user("north.coordinator").password(DemoSignIns.PASSWORD))
			.andExpect(authenticated().withRoles("COORDINATOR"))
			.andExpect(redirectedUrl("/"));
	}

	private List<String> areasOfUsersWith(String role) {
		return this.jdbc.sql("""
				select distinct a.code from user_role r join app_user u on u.id = r.user_id
				join agency g on g.id = u.agency_id join area a on a.id = g.area_id
				where r.role = :role and a.id in %s
				""".formatted(DEMO)).param("role", role).query(String.class).list();
	}

	/** Row counts of every demo table, the case references and the client secrets' hashes. */
	private String fingerprint() {
		return this.jdbc.sql("""
				select (select count(*) from area) || '/' || (select count(*) from agency)
				    || '/' || (select count(*) from api_client) || '/' || (select count(*) from app_user)
				    || '/' || (select count(*) from user_role) || '/' || (select count(*) from person)
				    || '/' || (select count(*) from person_alias) || '/' || (select count(*) from contact_detail)
				    || '/' || (select count(*) from case_file) || '/' || (select count(*) from case_party)
				    || '/' || (select count(*) from case_agency) || '/' || (select count(*) from case_named_user)
				    || '/' || (select string_agg(reference, ',' order by reference) from case_file)
				    || '/' || (select string_agg(secret_hash, ',' order by client_id) from api_client)
				""").query(String.class).single();
	}

}
