package tandem.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import tandem.TandemIntegrationTest;
import tandem.reporting.HandCheckedReferrals.DataSet;
import tandem.reporting.HandCheckedReferrals.Referral;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every figure on the hand-checked data set ({@link HandCheckedReferrals}), twice over: against the numbers worked
 * out by hand and written here, and against an independent calculation in plain Java over the data set's own list.
 */
@TandemIntegrationTest
@Import(HandCheckedReferrals.class)
class ReportFiguresIntegrationTest {

	private static final List<Span> HALF_YEAR = List.of(Span.of(new Quarter(2025, 1)), Span.of(new Quarter(2025, 2)));

	@Autowired
	HandCheckedReferrals handChecked;

	@Autowired
	ReportRefresh refresh;

	@Autowired
	FigureTables tables;

	@Autowired
	FigureCatalogue catalogue;

	@Autowired
	ReportSettings settings;

	@Autowired
	JdbcClient jdbc;

	DataSet data;

	@BeforeEach
	void dataSet() {
		this.data = this.handChecked.create();
		this.refresh.catchUp();
	}

	@Test
	void referralsReceived() {
		assertThat(row("referrals", Breakdown.TOTAL, "all")).containsExactly(5, 3);
		assertThat(row("referrals", Breakdown.TOTAL, "all")).containsExactly(independent(r -> true, r -> 1));
	}

	@Test
	void referralsByReferringAgency() {
		assertThat(row("referrals-by-source", Breakdown.SECTOR, "police")).containsExactly(2, 1);
		assertThat(row("referrals-by-source", Breakdown.SECTOR, "idva")).containsExactly(1, 1);
		assertThat(row("referrals-by-source", Breakdown.SECTOR, "housing")).containsExactly(1, 1);
		assertThat(row("referrals-by-source", Breakdown.SECTOR, "childrens-social-care")).containsExactly(1, 0);
		assertThat(row("referrals-by-source", Breakdown.SECTOR, "probation")).containsExactly(0, 0);
		for (String sector : List.of("police", "idva", "housing", "childrens-social-care")) {
			assertThat(row("referrals-by-source", Breakdown.SECTOR, sector))
				.containsExactly(independent(r -> r.sector().equals(sector), r -> 1));
		}
	}

	@Test
	void referralsByRiskLevel() {
		assertThat(row("referrals-by-risk", Breakdown.RISK_LEVEL, "HIGH")).containsExactly(3, 2);
		assertThat(row("referrals-by-risk", Breakdown.RISK_LEVEL, "MEDIUM")).containsExactly(1, 1);
		assertThat(row("referrals-by-risk", Breakdown.RISK_LEVEL, "STANDARD")).containsExactly(1, 0);
		for (String level : List.of("HIGH", "MEDIUM", "STANDARD")) {
			assertThat(row("referrals-by-risk", Breakdown.RISK_LEVEL, level))
				.containsExactly(independent(r -> r.risk().equals(level), r -> 1));
		}
	}

	@Test
	void referralsMeetingTheMaracThreshold() {
		assertThat(row("marac-referrals", Breakdown.TOTAL, "all")).containsExactly(3, 2);
		assertThat(row("marac-referrals", Breakdown.TOTAL, "all")).containsExactly(independent(Referral::threshold, r -> 1));
	}

	@Test
	void childrenInTheHouseholds() {
		assertThat(row("marac-children", Breakdown.TOTAL, "all")).containsExactly(4, 3);
		assertThat(row("marac-children", Breakdown.TOTAL, "all"))
			.containsExactly(independent(Referral::threshold, Referral::children));
	}

	@Test
	void repeatRate() {
		RateSeries rates = this.tables.rates(figure("repeat-rate"), this.data.area().id(), HALF_YEAR);
		assertThat(rates.rates()).extracting(RateSeries.Rate::value)
			.containsExactly(new BigDecimal("33.3"), new BigDecimal("50.0"));
		int[] repeats = independent(r -> r.threshold() && r.repeat(), r -> 1);
		int[] all = independent(Referral::threshold, r -> 1);
		assertThat(rates.rates()).extracting(RateSeries.Rate::numerator).containsExactly((long) repeats[0], (long) repeats[1]);
		assertThat(rates.rates()).extracting(RateSeries.Rate::denominator).containsExactly((long) all[0], (long) all[1]);
	}

	@Test
	void partnerAgencyShare() {
		RateSeries rates = this.tables.rates(figure("partner-referrals"), this.data.area().id(), HALF_YEAR);
		assertThat(rates.rates()).extracting(RateSeries.Rate::value)
			.containsExactly(new BigDecimal("0.0"), new BigDecimal("50.0"));
		int[] partner = independent(r -> r.threshold() && !List.of("police", "idva").contains(r.sector()), r -> 1);
		assertThat(rates.rates()).extracting(RateSeries.Rate::numerator)
			.containsExactly((long) partner[0], (long) partner[1]);
	}

	@Test
	void perTenThousandAdultFemalesOverTheTwelveMonthsToEachQuarter() {
		Figure figure = figure("marac-referrals-per-10k");
		assertThat(this.tables.rates(figure, this.data.area().id(), HALF_YEAR).rates())
			.extracting(RateSeries.Rate::value)
			.as("no population recorded: no rate")
			.containsOnlyNulls();
		this.settings.recordPopulation(AnalystActors.analyst(), this.data.area().id(), 10_000, "Hand-checked");
		List<RateSeries.Rate> rates = this.tables.rates(figure, this.data.area().id(), HALF_YEAR).rates();
		// Apr 2024 to Mar 2025: #9, #1, #2, #4 = 4; Jul 2024 to Jun 2025: those and #6, #7 = 6.
		assertThat(rates).extracting(RateSeries.Rate::numerator).containsExactly(4L, 6L);
		assertThat(rates).extracting(RateSeries.Rate::value).containsExactly(new BigDecimal("4.0"), new BigDecimal("6.0"));
		long independentYearToJune = this.data.inArea()
			.stream()
			.filter(r -> r.threshold() && !r.on().isBefore(LocalDate.of(2024, 7, 1)) && r.on().isBefore(LocalDate.of(2025, 7, 1)))
			.count();
		assertThat(rates.get(1).numerator()).isEqualTo(independentYearToJune);
	}

	@Test
	void maracReferralsByEachEqualityAnswer() {
		Map<String, Integer> ethnicity = period("marac-referrals", Breakdown.ETHNICITY);
		assertThat(ethnicity).containsEntry("WHITE_BRITISH", 2).containsEntry("ASIAN_PAKISTANI", 2).containsEntry("WHITE_OTHER", 1)
			.containsEntry("BLACK_AFRICAN", 0);
		assertThat(nonZero(ethnicity)).isEqualTo(independentPeriod(Referral::threshold, r -> orNot(r.victim().ethnicity())));
		assertThat(nonZero(period("marac-referrals", Breakdown.ETHNIC_GROUP))).containsExactlyInAnyOrderEntriesOf(
				Map.of("WHITE", 3, "ASIAN", 2));
		assertThat(nonZero(period("marac-referrals", Breakdown.GENDER))).containsExactlyInAnyOrderEntriesOf(Map.of("FEMALE", 5));
		assertThat(nonZero(period("marac-referrals", Breakdown.AGE_BAND)))
			.as("#2 and #7: 16 on both dates; #1 and #4: 34; #6: 40 on her birthday")
			.containsExactlyInAnyOrderEntriesOf(Map.of("16_17", 2, "25_34", 2, "35_44", 1));
		assertThat(nonZero(period("marac-referrals", Breakdown.DISABILITY)))
			.containsExactlyInAnyOrderEntriesOf(Map.of("NO", 3, "YES", 2));
		assertThat(nonZero(period("marac-referrals", Breakdown.SEXUAL_ORIENTATION))).containsExactlyInAnyOrderEntriesOf(
				Map.of("STRAIGHT_OR_HETEROSEXUAL", 2, "PREFER_NOT_TO_SAY", 2, "BISEXUAL", 1));
		assertThat(nonZero(period("marac-referrals", Breakdown.GENDER_IDENTITY)))
			.containsExactlyInAnyOrderEntriesOf(Map.of("YES", 4, "NO", 1));
		assertThat(nonZero(period("marac-referrals", Breakdown.FIRST_LANGUAGE)))
			.containsExactlyInAnyOrderEntriesOf(Map.of("english", 2, "urdu", 2, "polish", 1));
		assertThat(nonZero(period("marac-referrals", Breakdown.INTERPRETER)))
			.containsExactlyInAnyOrderEntriesOf(Map.of("YES", 3, "NO", 2));
	}

	@Test
	void allReferralsByEqualityAnswerCountWhatWasNotRecorded() {
		Map<String, Integer> language = nonZero(period("referrals", Breakdown.FIRST_LANGUAGE));
		assertThat(language).as("'English ' is English; #2 and #7 are one victim, counted twice; #5 recorded none")
			.containsExactlyInAnyOrderEntriesOf(Map.of("english", 4, "urdu", 2, "polish", 1, "NOT_RECORDED", 1));
		assertThat(language).isEqualTo(independentPeriod(r -> true,
				r -> r.victim().language() == null ? "NOT_RECORDED" : r.victim().language().strip().toLowerCase()));
		assertThat(nonZero(period("referrals", Breakdown.AGE_BAND))).containsExactlyInAnyOrderEntriesOf(
				Map.of("16_17", 2, "25_34", 2, "35_44", 1, "55_64", 1, "65_PLUS", 1, "NOT_RECORDED", 1));
		assertThat(nonZero(period("referrals", Breakdown.SEXUAL_ORIENTATION))).containsEntry("NOT_RECORDED", 2);
	}

	@Test
	void aReferralRecordedLaterIsTakenInByTheNextCatchUp() {
		assertThat(row("referrals", Breakdown.TOTAL, "all")).containsExactly(5, 3);
		this.jdbc.sql("""
				insert into referral (id, case_id, referred_on, referring_agency_id, referred_by_client, channel,
				    victim_aware, consent, meets_marac_threshold, repeat_referral, victim_already_known, route, created_at)
				values (gen_random_uuid(), ?, '2025-02-14', ?, 'hand-checked', 'API', true, 'GIVEN', false, false, false,
				    'TRIAGE', now())
				""")
			.params(this.data.caseOf(3), this.data.agencies().get("housing").id())
			.update();
		assertThat(row("referrals", Breakdown.TOTAL, "all")).as("not until the catch-up").containsExactly(5, 3);
		this.refresh.catchUp();
		assertThat(row("referrals", Breakdown.TOTAL, "all")).containsExactly(6, 3);
	}

	private Figure figure(String id) {
		return this.catalogue.byId(id).orElseThrow();
	}

	/** The figure's counts in January–March and April–June 2025 for one category. */
	private int[] row(String figure, Breakdown breakdown, String category) {
		CountTable table = this.tables.counts(figure(figure), breakdown, this.data.area().id(), HALF_YEAR);
		int index = table.rowCodes().indexOf(category);
		assertThat(index).as("a row for " + category).isNotNegative();
		return new int[] { (int) table.cell(index, 0), (int) table.cell(index, 1) };
	}

	/** The figure's counts for the whole half year, by category. */
	private Map<String, Integer> period(String figure, Breakdown breakdown) {
		CountTable table = this.tables.counts(figure(figure), breakdown, this.data.area().id(),
				List.of(new Span("2025 H1", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 7, 1))));
		return table.rowCodes().stream().collect(Collectors.toMap(Function.identity(),
				code -> (int) table.cell(table.rowCodes().indexOf(code), 0)));
	}

	private int[] independent(Predicate<Referral> counted, ToIntFunction<Referral> weight) {
		int[] quarters = new int[2];
		for (Referral referral : this.data.inArea()) {
			if (referral.on().getYear() == 2025 && referral.on().getMonthValue() <= 6 && counted.test(referral)) {
				quarters[referral.on().getMonthValue() <= 3 ? 0 : 1] += weight.applyAsInt(referral);
			}
		}
		return quarters;
	}

	private Map<String, Integer> independentPeriod(Predicate<Referral> counted, Function<Referral, String> category) {
		return this.data.inArea()
			.stream()
			.filter(r -> r.on().getYear() == 2025 && r.on().getMonthValue() <= 6 && counted.test(r))
			.collect(Collectors.groupingBy(category, Collectors.summingInt(r -> 1)));
	}

	private static Map<String, Integer> nonZero(Map<String, Integer> counts) {
		return counts.entrySet()
			.stream()
			.filter(entry -> entry.getValue() != 0)
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private static String orNot(String value) {
		return value == null ? "NOT_RECORDED" : value;
	}

}
