package tandem.referral;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RepeatedAnswersTest {

	@Test
	void addingAppendsAnEmptyEntry() {
		assertThat(RepeatedAnswers.add(Map.of("children-count", "2"), "children")).containsEntry("children-count", "3");
		assertThat(RepeatedAnswers.add(Map.of(), "children")).containsEntry("children-count", "1");
	}

	@Test
	void removingRenumbersTheEntriesAfterIt() {
		Map<String, String> typed = Map.of("perpetrators-count", "3", "perpetrators-0-givenName", "A",
				"perpetrators-1-givenName", "B", "perpetrators-1-dateOfBirth-day", "4", "perpetrators-2-givenName", "C");

		assertThat(RepeatedAnswers.remove(typed, "perpetrators", 1)).containsExactlyInAnyOrderEntriesOf(Map.of(
				"perpetrators-count", "2", "perpetrators-0-givenName", "A", "perpetrators-1-givenName", "C"));
	}

	@Test
	void aCountFromThePageIsNeverTrustedBeyondTheLimit() {
		assertThat(RepeatedAnswers.count(Map.of("children-count", "100000"), "children")).isEqualTo(RepeatedAnswers.MOST);
		assertThat(RepeatedAnswers.count(Map.of("children-count", "-3"), "children")).isZero();
		assertThat(RepeatedAnswers.count(Map.of("children-count", "many"), "children")).isZero();
	}

	@Test
	void eachFieldBelongsToOnePageOnly() {
		assertThat(JourneyStep.owning("dash-answers-q1")).contains(JourneyStep.DASH_1);
		assertThat(JourneyStep.owning("dash-answers-q10")).contains(JourneyStep.DASH_2);
		assertThat(JourneyStep.owning("victim-phone-number")).contains(JourneyStep.CONTACT);
		assertThat(JourneyStep.owning("victim-givenName")).contains(JourneyStep.VICTIM);
		assertThat(JourneyStep.DASH_4.questions()).hasSize(6).first().extracting(q -> q.number()).isEqualTo(19);
	}

}
