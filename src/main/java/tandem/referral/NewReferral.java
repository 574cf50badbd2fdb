package tandem.referral;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import tandem.referral.EqualityAnswers.Disability;
import tandem.referral.EqualityAnswers.Ethnicity;
import tandem.referral.EqualityAnswers.GenderIdentity;
import tandem.referral.EqualityAnswers.SexualOrientation;
import tandem.risk.DashChecklist;
import tandem.risk.RiskHistory.DashAccount;
import tandem.risk.ProfessionalJudgement;
import tandem.risk.RiskLevel;

/** A referral that has passed every check, in domain terms, whichever way it arrived (pages or API). */
record NewReferral(String areaCode, LocalDate referredOn, Party victim, List<Party> perpetrators, List<Party> children,
		@Nullable Contact victimPhone, VictimProfile victimProfile, DashChecklist dash, DashAccount dashAccount,
		int policeCalloutsLast12Months,
		ProfessionalJudgement judgement, boolean victimAware, Consent consent, @Nullable LawfulBasis lawfulBasis,
		@Nullable RiskLevel daraGrading) {

	/** A person named in the referral. Names are kept exactly as typed: any script, any characters. */
	record Party(@Nullable String givenName, @Nullable String familyName, List<Alias> aliases,
			@Nullable LocalDate dateOfBirth, @Nullable Gender gender, @Nullable Relationship relationship) {
	}

	record Alias(@Nullable String givenName, @Nullable String familyName) {
	}

	/** What the referral says of the victim beyond who they are: language, and equality data for reporting. */
	record VictimProfile(@Nullable String firstLanguage, @Nullable Boolean interpreterNeeded,
			@Nullable Ethnicity ethnicity, @Nullable Disability disability, @Nullable SexualOrientation sexualOrientation,
			@Nullable GenderIdentity genderIdentity, @Nullable String religion) {

		static final VictimProfile NONE = new VictimProfile(null, null, null, null, null, null, null);

	}

	record Contact(String number, boolean safeToCall, @Nullable String safeTimes) {
	}

	enum Gender {
		FEMALE, MALE, OTHER, NOT_KNOWN
	}

	enum Relationship {
		PARTNER, EX_PARTNER, PARENT, CHILD, SIBLING, OTHER_FAMILY_MEMBER, OTHER
	}

	enum Consent {
		GIVEN, NOT_GIVEN, NOT_SOUGHT
	}

	/** The lawful basis for sharing without consent (reference/domain.md §8.1). */
	enum LawfulBasis {
		PUBLIC_TASK, VITAL_INTERESTS, SAFEGUARDING_INDIVIDUALS_AT_RISK, CRIME_AND_DISORDER_ACT_S115,
		LAW_ENFORCEMENT, SAFEGUARDING_LEGITIMATE_INTEREST
	}

}
