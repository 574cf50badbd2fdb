package tandem.referral;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A referral as an agency's system sends it to {@code POST /api/v1/referrals} (design/API.md). Dates and choices
 * arrive as text and are checked by {@link ReferralValidator}, so that one response lists every field that is wrong
 * instead of stopping at the first value that does not parse.
 */
record ReferralRequest(@Nullable String area, @Nullable String referredOn, @Nullable Victim victim,
		@Nullable List<Perpetrator> perpetrators, @Nullable List<Child> children, @Nullable Dash dash,
		@Nullable Integer policeCalloutsLast12Months, @Nullable Judgement professionalJudgement,
		@Nullable Boolean victimAwareOfReferral, @Nullable String consent, @Nullable String lawfulBasis) {

	record Victim(@Nullable String givenName, @Nullable String familyName, @Nullable List<Name> aliases,
			@Nullable String dateOfBirth, @Nullable String gender, @Nullable Phone phone) {
	}

	record Name(@Nullable String givenName, @Nullable String familyName) {
	}

	record Phone(@Nullable String number, @Nullable Boolean safeToCall, @Nullable String safeTimes) {
	}

	record Perpetrator(@Nullable String givenName, @Nullable String familyName, @Nullable String dateOfBirth,
			@Nullable String relationshipToVictim) {
	}

	record Child(@Nullable String givenName, @Nullable String familyName, @Nullable String dateOfBirth) {
	}

	record Dash(@Nullable Map<String, String> answers) {
	}

	record Judgement(@Nullable Boolean applies, @Nullable String reason) {
	}

}
