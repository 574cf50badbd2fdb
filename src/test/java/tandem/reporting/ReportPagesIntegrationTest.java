package tandem.reporting;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tandem.Fixtures;
import tandem.SignedInAs;
import tandem.TandemIntegrationTest;
import tandem.agency.Actor;
import tandem.agency.Role;
import tandem.cases.CaseAuditRecords;
import tandem.cases.CaseAuditRecords.Recorded;
import tandem.reporting.HandCheckedReferrals.DataSet;
import tandem.web.PdfPages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The reporting pages: who may see them, what they show, what they record, and how they treat bad input. */
@TandemIntegrationTest
@Import({ HandCheckedReferrals.class, CaseAuditRecords.class })
class ReportPagesIntegrationTest {

	private static final String PERIOD = "from=2025-Q1&to=2025-Q2";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	HandCheckedReferrals handChecked;

	@Autowired
	ReportRefresh refresh;

	@Autowired
	CaseAuditRecords audit;

	@Autowired
	JdbcClient jdbc;

	DataSet data;

	@BeforeEach
	void dataSet() {
		this.data = this.handChecked.create();
		this.refresh.catchUp();
	}

	@Test
	void notSignedInIsSentToSignIn() throws Exception {
		for (String path : List.of("/reports", "/reports/equality", "/reports/committee", "/reports/committee.pdf",
				"/reports/figures", "/reports/settings", "/reports/figures/referrals/cases")) {
			this.mvc.perform(get(path)).andExpect(status().is3xxRedirection());
		}
	}

	@Test
	void rolesWithoutReportingAreRefused() throws Exception {
		Actor referrer = this.fixtures.user(agency("police"), Role.REFERRER, Role.CASEWORKER);
		Actor administrator = this.fixtures.user(agency("police"), Role.ADMINISTRATOR);
		for (Actor actor : List.of(referrer, administrator)) {
			for (String path : List.of("/reports", "/reports/equality", "/reports/committee", "/reports/committee.pdf",
					"/reports/figures", "/reports/figures/referrals", "/reports/settings",
					"/reports/figures/referrals/cases", "/reports/export.csv?figure=referrals&breakdown=total&" + PERIOD)) {
				this.mvc.perform(get(path).with(SignedInAs.user(actor))).andExpect(status().isForbidden());
			}
		}
		Actor coordinator = this.fixtures.user(agency("idva"), Role.COORDINATOR);
		this.mvc.perform(get("/reports/settings").with(SignedInAs.user(coordinator))).andExpect(status().isForbidden());
		this.mvc.perform(post("/reports/settings/threshold").with(csrf()).with(SignedInAs.user(coordinator))
			.param("suppressBelow", "3")).andExpect(status().isForbidden());
	}

	@Test
	void theAnalystSeesFiguresForTheAreaButNoCase() throws Exception {
		Actor analyst = this.fixtures.user(agency("idva"), Role.ANALYST);

		String html = page(analyst, "/reports?area=" + this.data.area().code() + "&" + PERIOD, 200);

		assertThat(html).contains("Partnership dashboard", "Referrals received", "Referrals meeting the MARAC threshold",
				"Jan–Mar 2025", "Apr–Jun 2025", "role=\"img\"", "What this figure counts", "small numbers are shown",
				"href=\"/reports/settings\"")
			.doesNotContain("Cases behind this figure", "/cases/", "Hand Checked");
		assertThat(this.audit.of(analyst)).isEmpty();
	}

	@Test
	void theAnalystIsRefusedTheCasesBehindAFigureAndTheRefusalIsRecorded() throws Exception {
		Actor analyst = this.fixtures.user(agency("idva"), Role.ANALYST);

		String html = page(analyst, "/reports/figures/marac-referrals/cases?area=" + this.data.area().code() + "&"
				+ PERIOD, 403);

		assertThat(html).contains("You cannot see the cases behind this figure").doesNotContain("/cases/");
		assertThat(this.audit.of(analyst)).containsExactly(new Recorded("ACCESS_REFUSED", "report-cases", null,
				"REFUSED", "no role that works with cases"));
	}

	@Test
	void theAreaCoordinatorSeesTheCasesBehindAFigureAndTheListIsRecorded() throws Exception {
		Actor coordinator = this.fixtures.user(agency("idva"), Role.COORDINATOR);

		String html = page(coordinator, "/reports/figures/marac-referrals/cases?area=" + this.data.area().code() + "&"
				+ PERIOD, 200);

		// #1, #2, #4, #6, #7: five threshold referrals on three cases, all in the coordinator's area.
		assertThat(html).contains(reference(1), reference(2), reference(6))
			.doesNotContain(reference(3), reference(5), reference(8), "Hand Checked");
		assertThat(html.split("href=\"/cases/").length - 1).isEqualTo(5);
		assertThat(this.audit.of(coordinator)).extracting(Recorded::action, Recorded::subjectType)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("VIEW", "report-cases"));
		assertThat(this.audit.of(coordinator).get(0).detail()).startsWith("5 cases listed behind marac-referrals");
	}

	@Test
	void anAnalystWhoAlsoWorksCasesSeesOnlyTheCasesTheirAgencyIsInvolvedIn() throws Exception {
		Actor analystAndCaseworker = this.fixtures.user(agency("housing"), Role.ANALYST, Role.CASEWORKER);

		String html = page(analystAndCaseworker, "/reports/figures/referrals/cases?area=" + this.data.area().code()
				+ "&" + PERIOD, 200);

		// Housing is involved in #3's case only.
		assertThat(html).contains(reference(3), "The figure for this area and period is 8.")
			.doesNotContain(reference(1), reference(2), reference(6));
	}

	@Test
	void aCoordinatorOfAnotherAreaSeesNoneOfThisAreasCases() throws Exception {
		Actor elsewhere = this.fixtures.user(this.fixtures.agency(this.data.otherArea(), "idva"), Role.COORDINATOR);

		String html = page(elsewhere, "/reports/figures/referrals/cases?area=" + this.data.area().code() + "&" + PERIOD,
				200);

		assertThat(html).contains("There are no cases you may see behind this figure").doesNotContain(reference(1));
	}

	@Test
	void theCsvIsSuppressedAndRecordedAsADisclosure() throws Exception {
		Actor analyst = this.fixtures.user(agency("idva"), Role.ANALYST);

		String csv = this.mvc.perform(get("/reports/export.csv?figure=referrals-by-source&breakdown=sector&area="
				+ this.data.area().code() + "&" + PERIOD).with(SignedInAs.user(analyst)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		// Every count in the area's half year is below 5, so all are hidden, totals included, bar the zeros and the
		// grand total of 8 (which gives nothing away: SuppressionTest attacks such tables).
		assertThat(csv).startsWith("Referrals by referring agency\r\n")
			.contains("Referring agency,Jan–Mar 2025,Apr–Jun 2025,Total\r\n", "Police,[c],[c],[c]\r\n",
					"Probation,0,0,0\r\n", "Children’s social care,[c],0,[c]\r\n", "Total,[c],[c],8\r\n",
					"[c]: not shown");
		assertThat(this.audit.of(analyst)).singleElement().satisfies(event -> {
			assertThat(event.action()).isEqualTo("EXPORT");
			assertThat(event.subjectType()).isEqualTo("report-table");
			assertThat(event.detail()).contains("referrals-by-source by sector", "small numbers suppressed");
		});
	}

	@Test
	void theCommitteeReportIsSuppressedAndItsPdfRendersAndIsRecorded() throws Exception {
		Actor analyst = this.fixtures.user(agency("idva"), Role.ANALYST);
		String query = "?area=" + this.data.area().code() + "&" + PERIOD;

		String html = page(analyst, "/reports/committee" + query, 200);
		assertThat(html).contains("Committee report", "Headline figures", "Trends", "Equality monitoring", "[c]",
				"What the figures count", "Download this report as a PDF");

		byte[] pdf = this.mvc.perform(get("/reports/committee.pdf" + query).with(SignedInAs.user(analyst)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(PdfPages.count(pdf)).isGreaterThan(1);
		assertThat(PdfPages.inkOn(pdf, 0)).isGreaterThan(0.01);
		assertThat(PdfPages.text(pdf)).contains("Committee report", "Headline figures", "[c]")
			.doesNotContain("Hand Checked");
		assertThat(this.audit.of(analyst)).extracting(Recorded::action, Recorded::subjectType)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("EXPORT", "committee-report"));
	}

	@Test
	void aFiveYearCommitteeReportForTheWholePartnershipRenders() throws Exception {
		Actor analyst = this.fixtures.user(agency("idva"), Role.ANALYST);

		assertThat(page(analyst, "/reports/committee?from=2021-Q1&to=2025-Q4", 200)).contains("Whole partnership",
				"Jan–Mar 2021", "Oct–Dec 2025");
	}

	@Test
	void aBackwardsPeriodIsAnErrorOnThePageAndAnUnknownAreaOrFigureIsNotFound() throws Exception {
		Actor analyst = this.fixtures.user(agency("idva"), Role.ANALYST);

		String html = page(analyst, "/reports?from=2025-Q3&to=2025-Q1", 200);
		assertThat(html).contains("<title>Error: ", "There is a problem", ReportScopes.PERIOD_ERROR);

		page(analyst, "/reports?area=no-such-area", 404);
		page(analyst, "/reports/figures/no-such-figure", 404);
		this.mvc.perform(get("/reports/export.csv?figure=referrals&breakdown=ethnicity&from=2025-Q3&to=2025-Q1")
			.with(SignedInAs.user(analyst))).andExpect(status().isBadRequest());
	}

	@Test
	void theAnalystRecordsAPopulationAndTheRateAppears() throws Exception {
		Actor analyst = this.fixtures.user(agency("idva"), Role.ANALYST);

		String invalid = this.mvc.perform(post("/reports/settings/population").with(csrf())
			.with(SignedInAs.user(analyst))
			.param("area", this.data.area().code())
			.param("adultFemales", "many")
			.param("source", "ONS"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(invalid).contains("<title>Error: ", "Enter the number of women and girls", "value=\"many\"");

		this.mvc.perform(post("/reports/settings/population").with(csrf())
			.with(SignedInAs.user(analyst))
			.param("area", this.data.area().code())
			.param("adultFemales", "10,000")
			.param("source", "Hand-checked"))
			.andExpect(status().is3xxRedirection());

		assertThat(page(analyst, "/reports?area=" + this.data.area().code() + "&" + PERIOD, 200)).contains("4.0", "6.0");
		assertThat(this.audit.of(analyst)).extracting(Recorded::action, Recorded::subjectType)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("CHANGE", "area-population"));
	}

	@Test
	void equalityMonitoringComparesEthnicGroupsWithTheAreasRecordedPopulation() throws Exception {
		Actor analyst = this.fixtures.user(agency("idva"), Role.ANALYST);
		String equality = "/reports/equality?area=" + this.data.area().code() + "&" + PERIOD;
		assertThat(page(analyst, equality, 200)).doesNotContain("Share of the area's adults");

		String invalid = this.mvc.perform(post("/reports/settings/ethnic-groups").with(csrf())
			.with(SignedInAs.user(analyst))
			.param("sharesArea", this.data.area().code())
			.param("share-WHITE", "eighty")
			.param("sharesSource", "Census 2021"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(invalid).contains("<title>Error: ", "Enter a percentage from 0 to 100 for White", "value=\"eighty\"");

		this.mvc.perform(post("/reports/settings/ethnic-groups").with(csrf())
			.with(SignedInAs.user(analyst))
			.param("sharesArea", this.data.area().code())
			.param("share-WHITE", "80")
			.param("share-ASIAN", "12.5")
			.param("share-BLACK", "")
			.param("sharesSource", "Census 2021"))
			.andExpect(status().is3xxRedirection());

		// MARAC-threshold referrals in the half year: White 3 of 5 (60.0%), Asian 2 of 5 (40.0%).
		String html = page(analyst, equality, 200);
		assertThat(html).contains("Share of those counted (%)", "Share of the area&#39;s adults (%)", "60.0", "40.0",
				"80", "12.5", "Not recorded");
	}

	@Test
	void everyFigureHasAPageThatSaysWhatItCounts() throws Exception {
		Actor coordinator = this.fixtures.user(agency("idva"), Role.COORDINATOR);
		for (String id : List.of("referrals", "referrals-by-source", "referrals-by-risk", "marac-referrals",
				"marac-referrals-per-10k", "repeat-rate", "partner-referrals", "marac-children")) {
			assertThat(page(coordinator, "/reports/figures/" + id, 200)).contains("What it counts",
					"How it is calculated", "What it does not show");
		}
		assertThat(page(coordinator, "/reports/figures/marac-referrals", 200)).contains("not cases heard at a MARAC");
	}

	private tandem.agency.AgencyRef agency(String sector) {
		return this.data.agencies().get(sector);
	}

	private String reference(int referral) {
		return this.jdbc.sql("select reference from case_file where id = ?")
			.params(this.data.caseOf(referral))
			.query(String.class)
			.single();
	}

	private String page(Actor actor, String path, int status) throws Exception {
		MockHttpServletRequestBuilder request = get(path).with(SignedInAs.user(actor));
		return this.mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse().getContentAsString();
	}

}
