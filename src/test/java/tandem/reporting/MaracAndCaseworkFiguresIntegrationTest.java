package tandem.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tandem.Fixtures;
import tandem.SignedInAs;
import tandem.TandemIntegrationTest;
import tandem.agency.Actor;
import tandem.agency.Role;
import tandem.reporting.HandCheckedReferrals.DataSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The figures counted from MARAC meetings and casework, on the hand-checked tables ({@link HandCheckedMeetings},
 * {@link HandCheckedCasework}), against the numbers worked out by hand from those tables, quarter by quarter.
 */
@TandemIntegrationTest
@Import({ HandCheckedReferrals.class, HandCheckedMeetings.class, HandCheckedCasework.class })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MaracAndCaseworkFiguresIntegrationTest {

	private static final List<Span> Q1 = List.of(Span.of(new Quarter(2025, 1)));

	private static final List<Span> HALF_YEAR = List.of(Span.of(new Quarter(2025, 1)), Span.of(new Quarter(2025, 2)));

	@Autowired
	HandCheckedCasework handChecked;

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	ReportRefresh refresh;

	@Autowired
	FigureTables tables;

	@Autowired
	FigureCatalogue catalogue;

	DataSet data;

	/** Once for the class: the tests only read, and a rebuild recounts every area's months. */
	@BeforeAll
	void dataSet() {
		this.data = this.handChecked.create();
		// Casework rows are found by when they happened, and these are back-dated (s5 was received in November 2024,
		// before any referral here): a catch-up only looks at what happened since the last one, so rebuild.
		this.refresh.rebuild();
	}

	@Test
	void casesHeardAtMaracAndPerTenThousandAdultFemales() {
		// Heard: 10 Feb (2), 10 Mar (2, the deferred and withdrawn items not), 24 Mar (2); 14 Apr (1).
		assertThat(rows("marac-cases-heard", Breakdown.TOTAL, HALF_YEAR)).containsExactly(List.of("6", "1", "7"));
		// 12 months to March: June 2024 + the quarter's 6; to June: the 6 + April's 1. 7 ÷ 2,800 × 10,000.
		assertThat(rows("marac-cases-heard-per-10k", Breakdown.TOTAL, HALF_YEAR)).containsExactly(List.of("25.0", "25.0"),
				List.of("7", "7"), List.of("2,800", "2,800"));
	}

	@Test
	void actionsCompletedOnTime() {
		// Q1: due a1, a2 (late), a3 (open, overdue), a5 (done 23:30 UK time on its due day); a4 no longer needed.
		// Q2: a6 (not done), a7, a8 (done on its due day).
		assertThat(rows("marac-actions-on-time", Breakdown.TOTAL, HALF_YEAR)).containsExactly(List.of("50.0", "66.7"),
				List.of("2", "2"), List.of("4", "3"));
	}

	@Test
	void daysFromReferralToHearing() {
		// Q1: 31 (#1), 7 (#2), 18 (#3), 9 (#4), 49 (#2 again, listed without a referral); #5's case has none yet.
		assertThat(rows("days-to-hearing", Breakdown.TOTAL, HALF_YEAR)).containsExactly(List.of("18", "13"),
				List.of("5", "1"));
	}

	@Test
	void daysFromReferralToFirstContact() {
		// Q1 contacts: s1 2 days, s3 4, s2 10. Q2: s6 1, s4 2 (received 23:30 UK time on 31 March).
		assertThat(rows("days-to-first-contact", Breakdown.TOTAL, HALF_YEAR)).containsExactly(List.of("4", "1.5"),
				List.of("3", "2"));
	}

	@Test
	void peopleCurrentlySupportedByEachServiceAtTheEndOfThePeriod() {
		String idva = this.data.agencies().get("idva").name();
		String housing = this.data.agencies().get("housing").name();
		// Services in the order of their names. 31 March: s1, s4 (received that evening) at the IDVA service, s5 at housing; s2, s3 (closed that day), s8 closed.
		assertThat(labelledRows("people-supported", Breakdown.SERVICE, Q1)).containsExactly(List.of(housing, "1"),
				List.of(idva, "2"), List.of("Total", "3"));
		// 30 June: s6 too.
		assertThat(labelledRows("people-supported", Breakdown.SERVICE, HALF_YEAR)).containsExactly(List.of(housing, "1"),
				List.of(idva, "3"), List.of("Total", "4"));
		assertThat(this.tables.table(figure("people-supported"), Breakdown.SERVICE, this.data.area().id(), HALF_YEAR, null)
			.headers()).containsExactly("Service", "At the end of Apr–Jun 2025");
	}

	@Test
	void outcomesAtExit() {
		// Matched exits in Q1: s2, s3, s8 (s5 has no intake; s1 no exit). Some abuse at intake: s2, s8.
		assertThat(rows("exit-abuse-stopped", Breakdown.TOTAL, HALF_YEAR).get(0)).containsExactly("50.0", "No rate");
		assertThat(rows("exit-abuse-stopped", Breakdown.TOTAL, Q1)).containsExactly(List.of("50.0"), List.of("1"),
				List.of("2"));
		assertThat(rows("exit-safer", Breakdown.TOTAL, Q1)).containsExactly(List.of("66.7"), List.of("2"), List.of("3"));
		assertThat(rows("exit-wellbeing", Breakdown.TOTAL, Q1)).containsExactly(List.of("33.3"), List.of("1"),
				List.of("3"));
		assertThat(rows("exit-quality-of-life", Breakdown.TOTAL, Q1)).containsExactly(List.of("33.3"), List.of("1"),
				List.of("3"));
		assertThat(rows("exit-risk-reduced", Breakdown.TOTAL, Q1)).containsExactly(List.of("33.3"), List.of("1"),
				List.of("3"));
	}

	@Test
	void perpetratorsStartingAnIntervention() {
		// p1 attending and p2 completed in Q1, p4 with no engagement yet in Q2; p3 declined, p5 went to a refuge.
		assertThat(labelledRows("perpetrator-interventions", Breakdown.ENGAGEMENT, HALF_YEAR)).containsExactly(
				List.of("Attending", "1", "0", "1"), List.of("Completed", "1", "0", "1"),
				List.of("Dropped out", "0", "0", "0"), List.of("Not recorded", "0", "1", "1"),
				List.of("Total", "2", "1", "3"));
	}

	@Test
	void aCatchUpCountsACaseReceivedAndACaseHeardToday() {
		LocalDate today = LocalDate.now(this.clock);
		List<Span> thisQuarter = List.of(Span.of(Quarter.of(today)));
		UUID meeting = UUID.randomUUID();
		this.jdbc.sql("""
				insert into marac_meeting (id, area_id, held_on, starts_at, kind, venue, cut_off_on, created_at)
				values (?, ?, ?, '10:00', 'EMERGENCY', 'Town hall', ?, now())
				""").params(meeting, this.data.area().id(), today, today).update();
		this.jdbc.sql("""
				insert into agenda_item (id, meeting_id, case_id, category, listed_at, status)
				values (?, ?, ?, 'EMERGENCY', now(), 'HEARD')
				""").params(UUID.randomUUID(), meeting, this.data.caseOf(3)).update();
		this.jdbc.sql("""
				insert into support_case (id, case_id, agency_id, source, received_at)
				values (?, ?, ?, 'TRIAGE', now())
				""").params(UUID.randomUUID(), this.data.caseOf(1), this.data.agencies().get("housing").id()).update();

		this.refresh.catchUp();

		assertThat(rows("marac-cases-heard", Breakdown.TOTAL, thisQuarter)).containsExactly(List.of("1"));
		// s5 (open since 2024) and today's.
		assertThat(labelledRows("people-supported", Breakdown.SERVICE, thisQuarter))
			.contains(List.of(this.data.agencies().get("housing").name(), "2"));
	}

	@Test
	void everyNewFigureIsOnTheDashboardAndInTheCommitteeReportWithItsWords() throws Exception {
		Actor analyst = this.fixtures.user(this.data.agencies().get("idva"), Role.ANALYST);
		String scope = "?area=" + this.data.area().code() + "&from=2025-Q1&to=2025-Q2";
		for (String path : List.of("/reports" + scope, "/reports/committee" + scope)) {
			String html = this.mvc.perform(get(path).with(SignedInAs.user(analyst)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(html).contains("Cases heard at MARAC per 10,000 adult females", "MARAC actions completed on time",
					"Days from referral to MARAC hearing", "Days from referral to first contact",
					"People currently supported by each service", "Abuse stopped at exit", "Risk reduced at exit",
					"Perpetrators starting an intervention");
		}
		for (String id : List.of("marac-cases-heard", "marac-cases-heard-per-10k", "marac-actions-on-time",
				"days-to-hearing", "days-to-first-contact", "people-supported", "exit-abuse-stopped", "exit-safer",
				"exit-wellbeing", "exit-quality-of-life", "exit-risk-reduced", "perpetrator-interventions")) {
			Figure figure = figure(id);
			assertThat(figure.definition()).isNotBlank();
			assertThat(figure.calculation()).isNotBlank();
			assertThat(figure.caveat()).isNotBlank();
		}
	}

	private List<List<String>> rows(String figure, Breakdown breakdown, List<Span> spans) {
		return this.tables.table(figure(figure), breakdown, this.data.area().id(), spans, null)
			.rows()
			.stream()
			.map(PublishedTable.Row::values)
			.toList();
	}

	private List<List<String>> labelledRows(String figure, Breakdown breakdown, List<Span> spans) {
		return this.tables.table(figure(figure), breakdown, this.data.area().id(), spans, null)
			.rows()
			.stream()
			.map(row -> {
				List<String> cells = new java.util.ArrayList<>(List.of(row.label()));
				cells.addAll(row.values());
				return cells;
			})
			.toList();
	}

	private Figure figure(String id) {
		return this.catalogue.byId(id).orElseThrow();
	}

}
