package tandem.triage;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TriageDecisionFormTest {

	@Test
	void eachRouteAsksForWhatItNeeds() {
		assertThat(new TriageDecisionForm("", "", "", "", 0).errors()).containsOnlyKeys("route");
		assertThat(new TriageDecisionForm("NOWHERE", "", "", "", 0).errors()).containsOnlyKeys("route");
		assertThat(new TriageDecisionForm("SERVICE", "", "", "", 0).errors()).containsOnlyKeys("service");
		assertThat(new TriageDecisionForm("NO_FURTHER_ACTION", "", " ", "", 0).errors()).containsOnlyKeys("reason");
		assertThat(new TriageDecisionForm("EARLY_HELP", "", "", "", 0).errors()).isEmpty();
		assertThat(new TriageDecisionForm("MARAC", "", "", "", 0).errors()).isEmpty();
	}

	@Test
	void actionsAreTheNonBlankLinesUpToTwenty() {
		assertThat(new TriageDecisionForm("IDVA", "", "", " One \n\n Two ", 0).actionLines()).containsExactly("One", "Two");
		assertThat(new TriageDecisionForm("IDVA", "", "", "x\n".repeat(21), 0).errors()).containsOnlyKeys("actions");
	}

}
