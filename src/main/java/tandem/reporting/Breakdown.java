package tandem.reporting;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import tandem.agency.AreaDirectory;
import tandem.referral.EqualityCategories;

/**
 * A way of splitting a figure into categories. Each breakdown is one SQL expression over a measure's fact columns
 * (see {@link Measure}), giving a stable category code; the labels come from the modules that own the answers.
 */
public enum Breakdown {

	TOTAL("total", "All", "Every record counted by the figure, without a breakdown.", "'all'", () -> Map.of("all", "All")),
	SECTOR("sector", "Referring agency",
			"The sector of the agency that made the referral (police, IDVA service, each partner type). Tandem "
					+ "records referrals made by agencies only, so self-referrals are not counted separately: a "
					+ "victim who refers themselves to an IDVA service appears under \"IDVA service\".",
			"f.sector", AreaDirectory::sectors),
	RISK_LEVEL("risk-level", "Risk level at referral",
			"The risk level the Dash assessment made with the referral gave: standard, medium or high.",
			"coalesce(f.risk_level, 'NOT_RECORDED')",
			() -> ordered("HIGH", "High", "MEDIUM", "Medium", "STANDARD", "Standard")),
	ETHNIC_GROUP("ethnic-group", "Ethnic group (ONS 2021 high-level groups)",
			"The victim's own answer to the ethnicity question, grouped into the five ONS 2021 census groups.",
			"coalesce(split_part(f.ethnicity, '_', 1), 'NOT_RECORDED')", EqualityCategories::ethnicGroups),
	ETHNICITY("ethnicity", "Ethnicity (ONS 2021 categories)",
			"The victim's own answer to the ethnicity question, in the 19 ONS 2021 census categories for England and "
					+ "Wales.",
			"coalesce(f.ethnicity, 'NOT_RECORDED')", EqualityCategories::ethnicities),
	GENDER("gender", "Gender", "The victim's gender as recorded on their record.",
			"coalesce(f.gender, 'NOT_RECORDED')", EqualityCategories::genders),
	AGE_BAND("age-band", "Age band at referral",
			"The victim's age on the date of the referral, from their date of birth. 16 and 17 year olds are shown "
					+ "as their own band, as the SafeLives MARAC data set asks.",
			"""
					case when f.date_of_birth is null then 'NOT_RECORDED'
					     else case
					       when extract(year from age(f.occurred_on, f.date_of_birth)) < 16 then 'UNDER_16'
					       when extract(year from age(f.occurred_on, f.date_of_birth)) < 18 then '16_17'
					       when extract(year from age(f.occurred_on, f.date_of_birth)) < 25 then '18_24'
					       when extract(year from age(f.occurred_on, f.date_of_birth)) < 35 then '25_34'
					       when extract(year from age(f.occurred_on, f.date_of_birth)) < 45 then '35_44'
					       when extract(year from age(f.occurred_on, f.date_of_birth)) < 55 then '45_54'
					       when extract(year from age(f.occurred_on, f.date_of_birth)) < 65 then '55_64'
					       else '65_PLUS' end end""",
			() -> ordered("UNDER_16", "Under 16", "16_17", "16 to 17", "18_24", "18 to 24", "25_34", "25 to 34",
					"35_44", "35 to 44", "45_54", "45 to 54", "55_64", "55 to 64", "65_PLUS", "65 and over")),
	DISABILITY("disability", "Disability",
			"The victim's own answer: whether they have a disability as the Equality Act 2010 defines it.",
			"coalesce(f.disability, 'NOT_RECORDED')", EqualityCategories::disabilities),
	SEXUAL_ORIENTATION("sexual-orientation", "Sexual orientation", "The victim's own answer.",
			"coalesce(f.sexual_orientation, 'NOT_RECORDED')", EqualityCategories::sexualOrientations),
	GENDER_IDENTITY("gender-identity", "Gender identity same as sex registered at birth", "The victim's own answer.",
			"coalesce(f.gender_identity, 'NOT_RECORDED')", EqualityCategories::genderIdentities),
	FIRST_LANGUAGE("first-language", "First language",
			"The victim's first language as the referrer wrote it, compared without regard to case or spaces.",
			"coalesce(nullif(lower(trim(f.first_language)), ''), 'NOT_RECORDED')", Map::of),
	INTERPRETER("interpreter", "Interpreter needed", "Whether the referral said the victim needs an interpreter.",
			"case when f.interpreter_needed is null then 'NOT_RECORDED' when f.interpreter_needed then 'YES' else 'NO' end",
			() -> ordered("YES", "Yes", "NO", "No")),
	SERVICE("service", "Service", "The agency whose service holds the case (an IDVA service, outreach, a refuge).",
			"f.service", Map::of),
	ENGAGEMENT("engagement", "Engagement",
			"How the perpetrator engaged with the programme, as the programme last recorded it.",
			"coalesce(f.engagement, 'NOT_RECORDED')",
			() -> ordered("ATTENDING", "Attending", "COMPLETED", "Completed", "DROPPED_OUT", "Dropped out")),
	/** Whole days each fact took; the figure's median is read from these counts (never shown as a table). */
	DAYS("days", "Days taken", "The whole days between the two dates the figure measures.", "f.days::text", Map::of);

	static final String NOT_RECORDED = "NOT_RECORDED";

	private final String key;

	private final String label;

	private final String definition;

	private final String sql;

	private final Supplier<Map<String, String>> labels;

	Breakdown(String key, String label, String definition, String sql, Supplier<Map<String, String>> labels) {
		this.key = key;
		this.label = label;
		this.definition = definition;
		this.sql = sql;
		this.labels = labels;
	}

	public String key() {
		return this.key;
	}

	public String label() {
		return this.label;
	}

	public String definition() {
		return this.definition;
	}

	/** The category expression over a fact row aliased {@code f}. */
	String sql() {
		return this.sql;
	}

	/** The known categories in display order; categories met in the data but not listed here follow them. */
	Map<String, String> knownCategories() {
		return this.labels.get();
	}

	/** The words for a category code: free text (a first language) is shown as it was written, capitalised. */
	String categoryLabel(String code) {
		if (NOT_RECORDED.equals(code)) {
			return "Not recorded";
		}
		String known = knownCategories().get(code);
		if (known != null) {
			return known;
		}
		return code.isEmpty() ? code : Character.toUpperCase(code.charAt(0)) + code.substring(1);
	}

	static Breakdown fromKey(String key) {
		for (Breakdown breakdown : values()) {
			if (breakdown.key.equals(key)) {
				return breakdown;
			}
		}
		throw new IllegalArgumentException("No breakdown " + key);
	}

	/** The equality monitoring breakdowns, in the order reports show them. */
	static java.util.List<Breakdown> equality() {
		return java.util.List.of(ETHNIC_GROUP, ETHNICITY, GENDER, AGE_BAND, DISABILITY, SEXUAL_ORIENTATION,
				GENDER_IDENTITY, FIRST_LANGUAGE, INTERPRETER);
	}

	private static Map<String, String> ordered(String... valuesAndLabels) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < valuesAndLabels.length; i += 2) {
			map.put(valuesAndLabels[i], valuesAndLabels[i + 1]);
		}
		return map;
	}

}
