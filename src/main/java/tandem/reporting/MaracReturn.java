package tandem.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.jspecify.annotations.Nullable;

import tandem.agency.AreaDirectory.AreaRef;
import tandem.reporting.MaracReturnCounts.MeetingCounts;

/**
 * One area's SafeLives MARAC data return for one quarter: each meeting's figures, the quarter's totals and cases
 * per 10,000 adult females over the 12 months ending with the quarter (as SafeLives publishes it).
 *
 * @param casesIn12Months cases heard in the 12 months ending with the quarter
 * @param population the area's adult female population, if the analyst recorded it
 * @param minoritisedShare the area's share of adults in the Asian, Black, Mixed and Other ethnic groups, in percent,
 * if the analyst recorded the area's ethnic groups
 */
record MaracReturn(AreaRef area, Quarter quarter, List<MeetingCounts> meetings, long casesIn12Months,
		@Nullable AreaPopulation population, @Nullable BigDecimal minoritisedShare) {

	/** SafeLives' expected level of cases a year for every 10,000 adult females. */
	static final int EXPECTED_PER_10K = 40;

	/** SafeLives' national rate for the 12 months to 30 September 2024. */
	static final int NATIONAL_PER_10K = 47;

	MaracReturn {
		meetings = List.copyOf(meetings);
	}

	/** The quarter's total: every meeting's count added up (a case heard at two meetings counts at each). */
	long total(SafeLivesIndicator indicator) {
		return this.meetings.stream().mapToLong(meeting -> meeting.count(indicator)).sum();
	}

	/** Cases per 10,000 adult females over the 12 months, to one decimal place; null without a population. */
	@Nullable BigDecimal per10k() {
		if (this.population == null) {
			return null;
		}
		return BigDecimal.valueOf(this.casesIn12Months * 10_000L)
			.divide(BigDecimal.valueOf(this.population.adultFemales()), 1, RoundingMode.HALF_UP);
	}

	/** A count as a percentage of the cases heard, to one decimal place; null when no case was heard. */
	static @Nullable BigDecimal percent(long count, long cases) {
		if (cases == 0) {
			return null;
		}
		return BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(cases), 1, RoundingMode.HALF_UP);
	}

}
