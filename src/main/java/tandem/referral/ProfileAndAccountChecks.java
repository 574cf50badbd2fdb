package tandem.referral;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import tandem.referral.EqualityAnswers.Disability;
import tandem.referral.EqualityAnswers.Ethnicity;
import tandem.referral.EqualityAnswers.GenderIdentity;
import tandem.referral.EqualityAnswers.SexualOrientation;
import tandem.referral.NewReferral.VictimProfile;
import tandem.risk.DashQuestion;
import tandem.risk.RiskHistory.DashAccount;

/**
 * The optional parts of a referral that describe rather than decide: the victim's language and equality answers, who
 * gave each Dash answer, and the victim's own view of their risk. Kept apart from {@link ReferralValidator} so each
 * stays readable; problems go into the same {@link Checks}.
 */
final class ProfileAndAccountChecks {

	static final int MAX_LANGUAGE = 100;

	static final int MAX_RELIGION = 100;

	static final int MAX_SOURCE = 200;

	private ProfileAndAccountChecks() {
	}

	static VictimProfile victimProfile(Checks checks, ReferralRequest.@Nullable Victim victim) {
		if (victim == null) {
			return VictimProfile.NONE;
		}
		String language = checks.text("victim.firstLanguage", victim.firstLanguage(), MAX_LANGUAGE);
		ReferralRequest.Equality equality = victim.equality();
		if (equality == null) {
			return new VictimProfile(language, victim.interpreterNeeded(), null, null, null, null, null);
		}
		return new VictimProfile(language, victim.interpreterNeeded(),
				checks.choice("victim.equality.ethnicity", equality.ethnicity(), Ethnicity.class, null),
				checks.choice("victim.equality.disability", equality.disability(), Disability.class, null),
				checks.choice("victim.equality.sexualOrientation", equality.sexualOrientation(), SexualOrientation.class,
						null),
				checks.choice("victim.equality.genderIdentity", equality.genderIdentity(), GenderIdentity.class, null),
				checks.text("victim.equality.religion", equality.religion(), MAX_RELIGION));
	}

	static DashAccount dashAccount(Checks checks, ReferralRequest.@Nullable Dash dash) {
		if (dash == null) {
			return DashAccount.NONE;
		}
		Map<DashQuestion, String> sources = new EnumMap<>(DashQuestion.class);
		Map<String, String> given = dash.sources() == null ? Map.of() : dash.sources();
		for (Map.Entry<String, String> source : given.entrySet()) {
			String path = "dash.sources." + source.getKey();
			Optional<DashQuestion> question = DashQuestions.byKey(source.getKey());
			if (question.isEmpty()) {
				checks.problem(path, "There is no question " + source.getKey() + ": the checklist has questions q1 to q24");
				continue;
			}
			String text = checks.text(path, source.getValue(), MAX_SOURCE);
			if (text != null) {
				sources.put(question.get(), text);
			}
		}
		return new DashAccount(sources, checks.text("dash.victimView", dash.victimView(), ReferralValidator.MAX_TEXT));
	}

}
