package tandem.cases;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@TandemIntegrationTest
@Import({ CaseFixtures.class, CaseAuditRecords.class })
class CasePageIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	CaseFixtures cases;

	@Autowired
	CaseAuditRecords audit;

	AreaFixture area;

	AgencyRef police;

	AgencyRef housing;

	CreatedCase aCase;

	@BeforeEach
	void partnership() {
		this.area = this.fixtures.area();
		this.police = this.fixtures.agency(this.area, "police");
		this.housing = this.fixtures.agency(this.area, "housing");
		UUID victim = this.cases.aPerson()
			.named("Alys", "Pryce")
			.bornOn(LocalDate.of(1990, 4, 2))
			.alias("Alice", "Price")
			.locatedAt("In refuge, south area")
			.contact("PHONE", "07700 900123", true, "Weekday mornings, text first")
			.contact("PHONE", "07700 900999", false, null)
			.contact("ADDRESS", "1 Unsafe Street, Northtown", false, null)
			.create();
		UUID perpetrator = this.cases.aPerson().named("Gareth", "Pryce").create();
		UUID child = this.cases.aPerson().named("Cai", "Pryce").bornOn(LocalDate.of(2019, 6, 1)).create();
		this.aCase = this.cases.aCase(this.area.id())
			.victim(victim)
			.perpetrator(perpetrator, "EX_PARTNER")
			.child(child, "SON")
			.involving(this.police)
			.create();
	}

	@Test
	void notSignedInIsSentToSignIn() throws Exception {
		this.mvc.perform(get(this.aCase.path())).andExpect(status().is3xxRedirection());
	}

	@Test
	void uninvolvedAgencyIsRefusedWithTheBreakGlassFormAndTheRefusalIsAudited() throws Exception {
		Actor outsider = this.fixtures.user(this.housing, Role.CASEWORKER);

		String html = page(outsider, this.aCase.path(), 403);

		assertThat(html).contains("You do not have access to this case", "Your agency is not involved", "for 8 hours",
				"name=\"reason\"", "reported to the area's MARAC coordinator")
			.doesNotContain("Alys", "Pryce", this.aCase.reference());
		assertThat(this.audit.of(outsider)).containsExactly(
				new Recorded("ACCESS_REFUSED", "case", this.aCase.id(), "REFUSED", "agency not involved"));
	}

	@Test
	void involvedAgencySeesTheCaseAndTheViewIsAudited() throws Exception {
		Actor officer = this.fixtures.user(this.police, Role.REFERRER);

		String html = page(officer, this.aCase.path(), 200);

		assertThat(html).contains(this.aCase.reference(), "Alys Pryce", "Alice Price", "2 April 1990", "no interpreter needed",
				"In refuge, south area", "Gareth Pryce", "Ex partner", "Cai Pryce", "Son", this.police.name(), "High")
			.doesNotContain("Who has viewed this case");
		assertThat(this.audit.of(officer)).containsExactly(
				new Recorded("VIEW", "case", this.aCase.id(), "SUCCESS", "basis: agency involved"));
	}

	@Test
	void areaCoordinatorSeesTheCaseWithTheLinkToWhoHasViewedIt() throws Exception {
		Actor coordinator = this.fixtures.user(this.housing, Role.COORDINATOR);

		String html = page(coordinator, this.aCase.path(), 200);

		assertThat(html).contains("Alys Pryce", "Who has viewed this case", this.aCase.path() + "/views");
		assertThat(this.audit.of(coordinator)).extracting(Recorded::detail).containsExactly("basis: role serves the area");
	}

	@Test
	void coordinatorOfAnotherAreaIsOfferedBreakGlass() throws Exception {
		AgencyRef elsewhere = this.fixtures.agency(this.fixtures.area(), "idva");
		Actor coordinator = this.fixtures.user(elsewhere, Role.COORDINATOR);

		assertThat(page(coordinator, this.aCase.path(), 403)).contains("name=\"reason\"").doesNotContain("Alys");
	}

	@Test
	void restrictedCaseIsHiddenFromTheUnnamedAndShownToNamedUsers() throws Exception {
		Actor named = this.fixtures.user(this.housing, Role.CASEWORKER);
		CreatedCase restricted = this.cases.aCase(this.area.id()).involving(this.police).restrictedTo(named).create();
		Actor officer = this.fixtures.user(this.police, Role.REFERRER);
		Actor coordinator = this.fixtures.user(this.housing, Role.COORDINATOR);

		String hidden = page(officer, restricted.path(), 404);
		page(coordinator, restricted.path(), 404);
		page(named, restricted.path(), 200);

		assertThat(hidden).contains("Page not found").doesNotContain("name=\"reason\"", restricted.reference());
		assertThat(this.audit.of(officer)).containsExactly(new Recorded("ACCESS_REFUSED", "case", restricted.id(),
				"REFUSED", "restricted case, not a named user"));
		assertThat(this.audit.of(named)).extracting(Recorded::detail).containsExactly("basis: named on the case");
	}

	@Test
	void administratorSeesNoCase() throws Exception {
		Actor administrator = this.fixtures.user(this.police, Role.ADMINISTRATOR);

		assertThat(page(administrator, this.aCase.path(), 404)).doesNotContain("Alys");
	}

	@Test
	void nonexistentAndMalformedIdsLookExactlyLikeAHiddenCase() throws Exception {
		Actor administrator = this.fixtures.user(this.police, Role.ADMINISTRATOR);

		String hidden = comparable(page(administrator, this.aCase.path(), 404));
		String nonexistent = comparable(page(administrator, "/cases/" + UUID.randomUUID(), 404));
		String malformed = comparable(page(administrator, "/cases/not-a-case-id", 404));

		assertThat(nonexistent).isEqualTo(hidden);
		assertThat(malformed).isEqualTo(hidden);
		assertThat(this.audit.of(administrator)).extracting(Recorded::action)
			.containsExactly("ACCESS_REFUSED", "ACCESS_REFUSED", "ACCESS_REFUSED");
	}

	@Test
	void unsafeContactsAreNeverShownAndSafeOnesComeWithTheirSafeTimes() throws Exception {
		Actor officer = this.fixtures.user(this.police, Role.REFERRER);

		String html = page(officer, this.aCase.path(), 200);

		assertThat(html).doesNotContain("900999", "Unsafe Street", "tel:07700900999")
			.contains("Not safe to use", "href=\"tel:07700900123\"", "Weekday mornings, text first");
	}

	private String page(Actor actor, String path, int status) throws Exception {
		return this.mvc.perform(get(path).with(SignedInAs.user(actor)))
			.andExpect(status().is(status))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** Pages differ in their per-request nonce and form token, and nothing else may differ. */
	static String comparable(String html) {
		return html.replaceAll("nonce=\"[^\"]*\"", "nonce=\"\"").replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
	}

}
