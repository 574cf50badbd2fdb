package tandem.reporting;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import tandem.Fixtures;
import tandem.SignedInAs;
import tandem.TandemIntegrationTest;
import tandem.agency.Actor;
import tandem.agency.AreaDirectory;
import tandem.agency.Role;
import tandem.cases.CaseAuditRecords;
import tandem.reporting.HandCheckedReferrals.DataSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tandem.reporting.SafeLivesIndicator.*;

/**
 * The SafeLives MARAC return on the hand-checked meetings ({@link HandCheckedMeetings}): every figure of every
 * meeting against the numbers worked out by hand from that table, then the page, the CSV and who may see them.
 */
@TandemIntegrationTest
@Import({ HandCheckedReferrals.class, HandCheckedMeetings.class, CaseAuditRecords.class })
class MaracReturnIntegrationTest {

	private static final Quarter Q1 = new Quarter(2025, 1);

	/**
	 * Worked out by hand, in {@link SafeLivesIndicator} order: cases, repeats, police, IDVA, partner, cases with
	 * children, children, minoritised, LGBT+, disabled, male, aged 16-17, perpetrators 17 or under.
	 */
	private static final Map<String, List<Long>> BY_HAND = Map.of(
			"2025-01-13", List.of(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L),
			"2025-02-10", List.of(2L, 0L, 1L, 1L, 0L, 1L, 2L, 1L, 0L, 1L, 0L, 1L, 0L),
			"2025-03-10", List.of(2L, 0L, 0L, 0L, 1L, 1L, 1L, 1L, 1L, 0L, 1L, 0L, 1L),
			"2025-03-24", List.of(2L, 1L, 1L, 1L, 0L, 1L, 2L, 1L, 0L, 1L, 0L, 1L, 0L));

	private static final List<Long> QUARTER_BY_HAND = List.of(6L, 1L, 2L, 2L, 1L, 3L, 5L, 3L, 1L, 2L, 1L, 2L, 1L);

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	HandCheckedMeetings handChecked;

	@Autowired
	MaracReturns returns;

	@Autowired
	AreaDirectory areas;

	@Autowired
	CaseAuditRecords audit;

	DataSet data;

	@BeforeEach
	void dataSet() {
		this.data = this.handChecked.create();
	}

	@Test
	void everyFigureOfEveryMeetingMatchesTheHandCalculation() {
		MaracReturn result = this.returns.of(area(), Q1);

		assertThat(result.meetings()).extracting(meeting -> meeting.heldOn().toString())
			.containsExactly("2025-01-13", "2025-02-10", "2025-03-10", "2025-03-24");
		for (var meeting : result.meetings()) {
			List<Long> counted = List.of(SafeLivesIndicator.values()).stream().map(meeting::count).toList();
			assertThat(counted).as("meeting of %s", meeting.heldOn()).isEqualTo(BY_HAND.get(meeting.heldOn().toString()));
		}
		assertThat(List.of(SafeLivesIndicator.values()).stream().map(result::total).toList()).isEqualTo(QUARTER_BY_HAND);
		// Seven cases heard from April 2024 to March 2025 (six this quarter, one in June 2024) for 2,800 women and girls.
		assertThat(result.casesIn12Months()).isEqualTo(7);
		assertThat(result.per10k()).isEqualByComparingTo(new BigDecimal("25.0"));
	}

	@Test
	void percentagesAreOfTheCasesHeardAndAbsentWhenNoneWere() {
		assertThat(MaracReturn.percent(1, 6)).isEqualByComparingTo(new BigDecimal("16.7"));
		assertThat(MaracReturn.percent(2, 6)).isEqualByComparingTo(new BigDecimal("33.3"));
		assertThat(MaracReturn.percent(0, 0)).isNull();
	}

	@Test
	void notSignedInIsSentToSignInAndOtherRolesAreRefused() throws Exception {
		String csv = "/reports/safelives.csv?area=" + this.data.area().code() + "&quarter=2025-Q1";
		for (String path : List.of("/reports/safelives", csv)) {
			this.mvc.perform(get(path)).andExpect(status().is3xxRedirection());
			for (Role role : List.of(Role.REFERRER, Role.CASEWORKER, Role.ADMINISTRATOR)) {
				Actor actor = this.fixtures.user(this.data.agencies().get("police"), role);
				this.mvc.perform(get(path).with(SignedInAs.user(actor))).andExpect(status().isForbidden());
				assertThat(this.audit.of(actor)).isEmpty();
			}
		}
	}

	@Test
	void theCoordinatorSeesTheReturnWithSafeLivesValuesAndNoCase() throws Exception {
		Actor coordinator = this.fixtures.user(this.data.agencies().get("idva"), Role.COORDINATOR);

		String html = page(coordinator, "/reports/safelives?area=" + this.data.area().code() + "&quarter=2025-Q1");

		assertThat(html).contains("SafeLives MARAC data return", "4 meetings held in January to March 2025",
				"Meeting 10 Feb 2025", "Quarter total", "6", "1 (16.7%)", "2 (33.3%)", "31%", "28% to 40% (not confirmed)",
				"14.1%", "25.0", "40 (expected level)", "safelives.csv?area=" + this.data.area().code())
			.doesNotContain("Hand Checked", "Petrator", "/cases/");
		assertThat(this.audit.of(coordinator)).isEmpty();
	}

	@Test
	void theCsvHasARowPerMeetingAndTheQuarterUnsuppressedAndIsRecordedAsADisclosure() throws Exception {
		Actor analyst = this.fixtures.user(this.data.agencies().get("idva"), Role.ANALYST);

		String csv = this.mvc
			.perform(get("/reports/safelives.csv?area=" + this.data.area().code() + "&quarter=2025-Q1")
				.with(SignedInAs.user(analyst)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(csv.split("\r\n")).containsExactly(
				"\"SafeLives MARAC data return: " + area().name() + " (" + this.data.area().code()
						+ "), January to March 2025\"",
				"meeting,cases,repeats,repeats-percent,police-referrals,police-referrals-percent,idva-referrals,"
						+ "idva-referrals-percent,partner-referrals,partner-referrals-percent,cases-with-children,"
						+ "cases-with-children-percent,children,minoritised,minoritised-percent,lgbt,lgbt-percent,"
						+ "disabled,disabled-percent,male,male-percent,aged-16-17,aged-16-17-percent,"
						+ "young-perpetrators,cases-per-10000-adult-females-12-months",
				"2025-01-13,0,0,,0,,0,,0,,0,,0,0,,0,,0,,0,,0,,0,",
				"2025-02-10,2,0,0.0,1,50.0,1,50.0,0,0.0,1,50.0,2,1,50.0,0,0.0,1,50.0,0,0.0,1,50.0,0,",
				"2025-03-10,2,0,0.0,0,0.0,0,0.0,1,50.0,1,50.0,1,1,50.0,1,50.0,0,0.0,1,50.0,0,0.0,1,",
				"2025-03-24,2,1,50.0,1,50.0,1,50.0,0,0.0,1,50.0,2,1,50.0,0,0.0,1,50.0,0,0.0,1,50.0,0,",
				"Quarter total,6,1,16.7,2,33.3,2,33.3,1,16.7,3,50.0,5,3,50.0,1,16.7,2,33.3,1,16.7,2,33.3,1,25.0");
		assertThat(this.audit.of(analyst)).singleElement().satisfies(event -> {
			assertThat(event.action()).isEqualTo("EXPORT");
			assertThat(event.subjectType()).isEqualTo("safelives-return");
			assertThat(event.detail()).contains("2025-Q1", "not suppressed");
		});
	}

	@Test
	void anUnknownAreaIsNotFoundAndABadQuarterIsAnError() throws Exception {
		Actor analyst = this.fixtures.user(this.data.agencies().get("idva"), Role.ANALYST);
		this.mvc.perform(get("/reports/safelives?area=no-such-area").with(SignedInAs.user(analyst)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/reports/safelives.csv?area=" + this.data.area().code() + "&quarter=2025-Q9")
			.with(SignedInAs.user(analyst))).andExpect(status().isBadRequest());
		String html = page(analyst, "/reports/safelives?area=" + this.data.area().code() + "&quarter=soon");
		assertThat(html).contains("Error: SafeLives MARAC data return", MaracReturnController.QUARTER_ERROR)
			.doesNotContain("Quarter total");
		assertThat(page(analyst, "/reports/safelives")).contains("Choose an area").doesNotContain("Quarter total");
		assertThat(this.audit.of(analyst)).isEmpty();
	}

	private AreaDirectory.AreaRef area() {
		return this.areas.areaByCode(this.data.area().code()).orElseThrow();
	}

	private String page(Actor actor, String path) throws Exception {
		return this.mvc.perform(get(path).with(SignedInAs.user(actor)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
