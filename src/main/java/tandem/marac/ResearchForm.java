package tandem.marac;

import org.jspecify.annotations.Nullable;

/**
 * An agency's research for one case, kept as the SafeLives research form asks: facts apart from professional opinion,
 * and what the agency decided not to share, with why.
 */
record ResearchForm(@Nullable String facts, @Nullable String opinion, @Nullable String withheld,
		@Nullable String withheldReason, int version) {

	static ResearchForm empty() {
		return new ResearchForm("", "", "", "", -1);
	}

	String factsText() {
		return ActionForm.text(this.facts);
	}

	String opinionText() {
		return ActionForm.text(this.opinion);
	}

	String withheldText() {
		return ActionForm.text(this.withheld);
	}

	String withheldReasonText() {
		return ActionForm.text(this.withheldReason);
	}

}
