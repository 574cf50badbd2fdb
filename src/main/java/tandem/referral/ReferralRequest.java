package tandem.referral;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A referral as an agency's system sends it to {@code POST /api/v1/referrals} (design/API.md). Dates and choices
 * arrive as text and are checked by {@link ReferralValidator}, so that one response lists every field that is wrong
 * instead of stopping at the first value that does not parse.
 *
 * @param daraGrading an addition to API.md's body: a police force that assessed with the College of Policing's DARA
 * sends its grading ({@code STANDARD}, {@code MEDIUM} or {@code HIGH}) instead of Dash answers
 */
record ReferralRequest(@Nullable String area, @Nullable String referredOn, @Nullable Victim victim,
		@Nullable List<Perpetrator> perpetrators, @Nullable List<Child> children, @Nullable Dash dash,
		@Nullable Integer policeCalloutsLast12Months, @Nullable Judgement professionalJudgement,
		@Nullable Boolean victimAwareOfReferral, @Nullable String consent, @Nullable String lawfulBasis,
		@Schema(description = "A police DARA grading (STANDARD, MEDIUM or HIGH) sent instead of Dash answers",
				allowableValues = { "STANDARD", "MEDIUM", "HIGH" }) @Nullable String daraGrading) {

	record Victim(@Nullable String givenName, @Nullable String familyName, @Nullable List<Name> aliases,
			@Nullable String dateOfBirth, @Nullable String gender, @Nullable Phone phone, @Nullable String firstLanguage,
			@Nullable Boolean interpreterNeeded, @Nullable Equality equality) {
	}

	/** Equality monitoring codes (EqualityAnswers); every one optional. */
	record Equality(@Nullable String ethnicity, @Nullable String disability, @Nullable String sexualOrientation,
			@Nullable String genderIdentity, @Nullable String religion) {
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

	/**
	 * @param sources who gave an answer, by question key, when it was not the victim
	 * @param victimView the victim's own view of their risk, in their words or the referrer's
	 */
	record Dash(@Nullable Map<String, String> answers, @Nullable Map<String, String> sources,
			@Nullable String victimView) {
	}

	record Judgement(@Nullable Boolean applies, @Nullable String reason) {
	}

}
