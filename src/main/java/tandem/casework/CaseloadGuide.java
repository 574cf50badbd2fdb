package tandem.casework;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * SafeLives' guide for a safe IDVA caseload: 60 to 80 cases a year per full-time worker (domain.md §3.1), scaled by
 * the worker's full-time equivalent. Sources disagree on the upper figure (some say 70), so the band is the guide's
 * range and the page shows both the year's count and the cases open now.
 *
 * @param casesInYear cases allocated to the worker in the last 12 months
 * @param fte full-time equivalent, above 0 and at most 1
 */
record CaseloadGuide(long casesInYear, BigDecimal fte) {

	static final int LOWER_PER_FTE = 60;

	static final int UPPER_PER_FTE = 80;

	enum Band {

		BELOW("Below the guide"), WITHIN("Within the guide"), ABOVE("Above the guide");

		private final String label;

		Band(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	CaseloadGuide {
		if (fte.signum() <= 0 || fte.compareTo(BigDecimal.ONE) > 0) {
			throw new IllegalArgumentException("FTE must be above 0 and at most 1");
		}
	}

	public int lower() {
		return scaled(LOWER_PER_FTE);
	}

	public int upper() {
		return scaled(UPPER_PER_FTE);
	}

	public Band band() {
		if (this.casesInYear < lower()) {
			return Band.BELOW;
		}
		return this.casesInYear <= upper() ? Band.WITHIN : Band.ABOVE;
	}

	private int scaled(int perFte) {
		return this.fte.multiply(BigDecimal.valueOf(perFte)).setScale(0, RoundingMode.HALF_UP).intValueExact();
	}

}
