package tandem.risk;

/**
 * An answer to one Dash question. Only {@link #YES} counts toward the score; "don't know" and "not asked" are kept
 * apart from "no" because a low score made of them is not evidence of low risk.
 */
public enum DashAnswer {
	YES, NO, DONT_KNOW, NOT_ASKED;

	boolean asked() {
		return this != NOT_ASKED;
	}

	boolean known() {
		return this == YES || this == NO;
	}
}
