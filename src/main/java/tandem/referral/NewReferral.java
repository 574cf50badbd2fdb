package tandem.referral;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import tandem.risk.DashChecklist;
import tandem.risk.ProfessionalJudgement;

/** A referral that has passed every check, in domain terms, whichever way it arrived (pages or API). */
record NewReferral(String areaCode, LocalDate referredOn, Party victim, List<Party> perpetrators, List<Party> children,
		@Nullable Contact victimPhone, DashChecklist dash, int policeCalloutsLast12Months,
		ProfessionalJudgement judgement, boolean victimAware, Consent consent, @Nullable LawfulBasis lawfulBasis) {

	/** A person named in the referral. Names are kept exactly as typed: any script, any characters. */
	record Party(@Nullable String givenName, @Nullable String familyName, List<Alias> aliases,
			@Nullable LocalDate dateOfBirth, @Nullable Gender gender, @Nullable Relationship relationship) {
	}

	record Alias(@Nullable String givenName, @Nullable String familyName) {
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
