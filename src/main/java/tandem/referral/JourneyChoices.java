package tandem.referral;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tandem.risk.DashAnswer;
import tandem.risk.RiskLevel;

/** The answers the referral pages offer, as value-to-label maps for the GOV.UK fragments, in display order. */
@Component
class JourneyChoices {

	/** The answer for a referral assessed with the Dash, as most are: there is no DARA grading to give. */
	static final String NO_DARA_GRADING = "NONE";

	private final JdbcClient jdbc;

	JourneyChoices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Map<String, String> areas() {
		Map<String, String> areas = new LinkedHashMap<>();
		this.jdbc.sql("select code, name from area order by name, code")
			.query((rs, row) -> Map.entry(rs.getString("code"), rs.getString("name")))
			.list()
			.forEach(area -> areas.put(area.getKey(), area.getValue()));
		return areas;
	}

	Map<String, Map<String, String>> all() {
		Map<String, Map<String, String>> all = new LinkedHashMap<>();
		all.put("yesNo", ordered("yes", "Yes", "no", "No"));
		all.put("genders", EqualityCategories.genders());
		all.put("relationships", ordered("PARTNER", "Partner", "EX_PARTNER", "Ex-partner", "PARENT", "Parent", "CHILD",
				"Son or daughter", "SIBLING", "Brother or sister", "OTHER_FAMILY_MEMBER", "Other family member", "OTHER",
				"Other"));
		all.put("dashAnswers", ordered(DashAnswer.YES.name(), "Yes", DashAnswer.NO.name(), "No",
				DashAnswer.DONT_KNOW.name(), "Don't know", DashAnswer.NOT_ASKED.name(), "Not asked"));
		all.put("daraGradings", ordered(NO_DARA_GRADING, "No, not with DARA", RiskLevel.STANDARD.name(), "Standard risk",
				RiskLevel.MEDIUM.name(), "Medium risk", RiskLevel.HIGH.name(), "High risk"));
		all.put("consents", ordered("GIVEN", "Yes, the victim consented", "NOT_GIVEN", "No, the victim refused",
				"NOT_SOUGHT", "No, consent was not asked for"));
		all.put("lawfulBases", ordered("PUBLIC_TASK", "Public task (UK GDPR article 6(1)(e))", "VITAL_INTERESTS",
				"Vital interests: protecting life (article 6(1)(d))", "SAFEGUARDING_INDIVIDUALS_AT_RISK",
				"Safeguarding children and individuals at risk (DPA 2018 schedule 1 paragraph 18)",
				"CRIME_AND_DISORDER_ACT_S115", "Crime and Disorder Act 1998 section 115", "LAW_ENFORCEMENT",
				"Law enforcement processing (DPA 2018 part 3)", "SAFEGUARDING_LEGITIMATE_INTEREST",
				"Recognised legitimate interest: safeguarding"));
		all.put("ethnicities", EqualityCategories.ethnicities());
		all.put("disabilities", EqualityCategories.disabilities());
		all.put("sexualOrientations", EqualityCategories.sexualOrientations());
		all.put("genderIdentities", EqualityCategories.genderIdentities());
		all.put("routes", ordered(Route.IDVA_SERVICE.name(), Route.IDVA_SERVICE.label(),
				Route.SPECIALIST_SERVICE.name(), Route.SPECIALIST_SERVICE.label(), Route.TRIAGE.name(),
				Route.TRIAGE.label()));
		return all;
	}

	private static Map<String, String> ordered(String... valuesAndLabels) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < valuesAndLabels.length; i += 2) {
			map.put(valuesAndLabels[i], valuesAndLabels[i + 1]);
		}
		return map;
	}

}
