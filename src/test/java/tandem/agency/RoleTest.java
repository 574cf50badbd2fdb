package tandem.agency;

import java.util.Arrays;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RoleTest {

	@Test
	void theRuleForAssessingRiskNamesExactlyTheRolesThatAssessRisk() {
		var named = Pattern.compile("'([A-Z_]+)'").matcher(Role.MAY_ASSESS_RISK).results()
			.map(match -> Role.valueOf(match.group(1)))
			.toList();

		assertThat(named).containsExactlyInAnyOrderElementsOf(
				Arrays.stream(Role.values()).filter(Role::assessesRisk).toList());
		assertThat(Role.MAY_ASSESS_RISK).startsWith("hasAnyRole(");
	}

	@Test
	void analystsAndAdministratorsDoNotAssessRisk() {
		assertThat(Role.ANALYST.assessesRisk()).isFalse();
		assertThat(Role.ADMINISTRATOR.assessesRisk()).isFalse();
		assertThat(Role.TRIAGE.assessesRisk()).isFalse();
	}

}
