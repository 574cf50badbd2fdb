package tandem.referral;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The equality monitoring answers a victim's record may hold, as stored code to the words shown, in display order:
 * for the referral pages and for the partnership's equality reports, so both name each category the same way.
 */
public final class EqualityCategories {

	private static final String PREFER_NOT_TO_SAY = "PREFER_NOT_TO_SAY";

	private static final String PREFER_NOT_TO_SAY_LABEL = "Prefer not to say";

	private EqualityCategories() {
	}

	public static Map<String, String> genders() {
		return ordered("FEMALE", "Female", "MALE", "Male", "OTHER", "Another gender", "NOT_KNOWN", "Not known");
	}

	/** The ONS 2021 categories, each with its group. */
	public static Map<String, String> ethnicities() {
		Map<String, String> ethnicities = new LinkedHashMap<>();
		for (EqualityAnswers.Ethnicity ethnicity : EqualityAnswers.Ethnicity.values()) {
			ethnicities.put(ethnicity.name(), ethnicity.fullLabel());
		}
		return ethnicities;
	}

	/** The five ONS 2021 high-level groups, by the prefix their categories' codes share (e.g. ASIAN). */
	public static Map<String, String> ethnicGroups() {
		Map<String, String> groups = new LinkedHashMap<>();
		for (EqualityAnswers.Group group : EqualityAnswers.Group.values()) {
			groups.put(group.name(), group.label());
		}
		groups.put("PREFER", PREFER_NOT_TO_SAY_LABEL);
		return groups;
	}

	public static Map<String, String> disabilities() {
		return ordered(EqualityAnswers.Disability.YES.name(), "Yes", EqualityAnswers.Disability.NO.name(), "No",
				PREFER_NOT_TO_SAY, PREFER_NOT_TO_SAY_LABEL);
	}

	public static Map<String, String> sexualOrientations() {
		return ordered(EqualityAnswers.SexualOrientation.STRAIGHT_OR_HETEROSEXUAL.name(), "Straight or heterosexual",
				EqualityAnswers.SexualOrientation.GAY_OR_LESBIAN.name(), "Gay or lesbian",
				EqualityAnswers.SexualOrientation.BISEXUAL.name(), "Bisexual",
				EqualityAnswers.SexualOrientation.OTHER.name(), "Other sexual orientation", PREFER_NOT_TO_SAY,
				PREFER_NOT_TO_SAY_LABEL);
	}

	/** Whether the gender the victim identifies with is the same as the sex registered at birth. */
	public static Map<String, String> genderIdentities() {
		return ordered(EqualityAnswers.GenderIdentity.YES.name(), "Yes", EqualityAnswers.GenderIdentity.NO.name(), "No",
				PREFER_NOT_TO_SAY, PREFER_NOT_TO_SAY_LABEL);
	}

	private static Map<String, String> ordered(String... valuesAndLabels) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < valuesAndLabels.length; i += 2) {
			map.put(valuesAndLabels[i], valuesAndLabels[i + 1]);
		}
		return map;
	}

}
