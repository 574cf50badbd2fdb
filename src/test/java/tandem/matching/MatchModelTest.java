package tandem.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static tandem.matching.People.aPerson;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** What EM may learn from the data, and how a name's frequency bounds its weight. */
class MatchModelTest {

	private static final int BORN = Field.BIRTH_DATE.ordinal();

	@Test
	void datesOfBirthAreNotLearntFromNameBlockedPairsThatHoldNothingElse() {
		MatchModel learnt = MatchEngine.train(PersonIndex.of(population(false), 200), MatchModel.configured(), 100_000)
			.model();

		assertThat(learnt.isEstimated()).isTrue();
		assertThat(learnt.m[BORN]).containsExactly(MatchModel.configured().m[BORN]);
	}

	@Test
	void datesOfBirthAreLearntWhereAnotherFieldIsKnown() {
		MatchModel learnt = MatchEngine.train(PersonIndex.of(population(true), 200), MatchModel.configured(), 100_000)
			.model();

		assertThat(learnt.isEstimated()).isTrue();
		assertThat(learnt.m[BORN]).isNotEqualTo(MatchModel.configured().m[BORN]);
	}

	@Test
	void aTypingErrorInACommonNameWeighsNoMoreThanTheNameWrittenIdentically() {
		List<PersonRecord> people = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			people.add(aPerson("mueller" + i).named("Given" + (char) ('a' + i % 26), "Mueller").build());
		}
		for (int i = 0; i < 10; i++) {
			people.add(aPerson("other" + i).named("Other", "Family" + (char) ('a' + i)).build());
		}
		MatchEngine engine = MatchEngine.with(PersonIndex.of(people, 200), MatchModel.configured());
		PersonRecord gertrud = aPerson("a").named("Gertrud", "Mueller").born(1964, 7, 27).build();
		People elsewhere = aPerson("b").born(1948, 2, 11).livingAt("9 Quay Street Hull", "HU1 1AA");

		var identical = engine.compare(gertrud, elsewhere.named("Gertrud", "Mueller").build());
		var typo = engine.compare(gertrud, elsewhere.named("Gertrud", "Muellr").build());

		assertThat(typo.explanation()).contains("family name differs by a letter or two");
		assertThat(identical.probability()).isLessThan(0.5);
		assertThat(typo.probability()).isLessThanOrEqualTo(identical.probability());
	}

	/**
	 * People with names and dates of birth, one in ten recorded again with a letter added to the family name and,
	 * for every other one, a different day of birth; with {@code addresses}, each also has an address.
	 */
	private static List<PersonRecord> population(boolean addresses) {
		SplittableRandom random = new SplittableRandom(7);
		List<PersonRecord> people = new ArrayList<>();
		for (int i = 0; i < 3000; i++) {
			String given = "Given" + (char) ('a' + random.nextInt(26)) + (char) ('a' + random.nextInt(3));
			String family = "Family" + (char) ('a' + random.nextInt(26)) + (char) ('a' + random.nextInt(6));
			int year = 1940 + random.nextInt(60);
			int month = 1 + random.nextInt(12);
			int day = 1 + random.nextInt(28);
			String address = addresses ? random.nextInt(200) + " Street" + (char) ('a' + random.nextInt(26)) : null;
			people.add(new PersonRecord("p" + i, List.of(new PersonRecord.Name(given, family)), year, month, day, null,
					address, null, null));
			if (i % 10 == 0) {
				people.add(new PersonRecord("d" + i, List.of(new PersonRecord.Name(given, family + "e")), year, month,
						i % 20 == 0 ? day : 1 + (day + 3) % 28, null, address, null, null));
			}
		}
		return people;
	}

}
