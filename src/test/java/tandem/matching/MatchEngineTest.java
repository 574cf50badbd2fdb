package tandem.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static tandem.matching.People.aPerson;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The engine on the hard cases agencies produce, with the configured weights (no EM), so each case stands alone. */
class MatchEngineTest {

	private final MatchModel model = MatchModel.configured();

	private MatchEngine.Match score(People a, People b) {
		return MatchEngine.score(this.model, a.build(), b.build());
	}

	@Test
	void theSamePersonWrittenAgainMatchesWithItsReasons() {
		var match = score(aPerson("1"), aPerson("2"));

		assertThat(match.probability()).isGreaterThan(0.999);
		assertThat(match.explanation()).contains("date of birth identical").contains("given name identical");
	}

	@Test
	void twinsAreNotOnePerson() {
		var match = score(aPerson("1").named("Mary", "Okafor"), aPerson("2").named("Grace", "Okafor"));

		assertThat(match.probability()).isLessThan(0.001);
		assertThat(match.explanation()).startsWith("possibly twins");
	}

	@Test
	void withoutTheTwinsRuleTheSamePairWouldLookLikeOnePerson() {
		var match = MatchEngine.score(this.model.withoutTwinsRule(), aPerson("1").build(),
				aPerson("2").named("Grace", "Okafor").build());

		assertThat(match.probability()).isGreaterThan(0.5);
	}

	@Test
	void aNicknameIsAKnownVariant() {
		var match = score(aPerson("1").named("William", "Hart"), aPerson("2").named("Bill", "Hart"));

		assertThat(match.probability()).isGreaterThan(0.999);
		assertThat(match.explanation()).contains("given name a known variant");
	}

	@Test
	void swappedNamesTransposedDateAndATypoStillMatch() {
		var match = score(aPerson("1").named("Mary", "Okafor").born(1985, 7, 4),
				aPerson("2").named("Okafr", "Mary").born(1985, 4, 7));

		assertThat(match.probability()).isGreaterThan(0.99);
		assertThat(match.explanation()).contains("given and family names swapped")
			.contains("day and month swapped")
			.contains("family name differs by a letter or two");
	}

	@Test
	void aMissingDateOfBirthWeighsNeitherWay() {
		var match = score(aPerson("1").born(null, null, null), aPerson("2"));

		assertThat(match.explanation()).contains("date of birth not known");
		assertThat(match.probability()).isGreaterThan(0.9).isLessThan(score(aPerson("1"), aPerson("2")).probability());
	}

	@Test
	void aSingleLetterNameIsAnInitialNotAnAgreement() {
		var initial = score(aPerson("1").named("M", "Okafor"), aPerson("2"));
		var otherInitial = score(aPerson("1").named("G", "Okafor"), aPerson("2"));

		assertThat(initial.explanation()).contains("given name similar or an initial");
		assertThat(initial.probability()).isGreaterThan(otherInitial.probability());
	}

	@Test
	void namesInNonLatinScriptsAreTransliterated() {
		var cyrillic = score(aPerson("1").named("Иван", "Петров"), aPerson("2").named("Ivan", "Petrov"));
		var greek = score(aPerson("1").named("Νίκος", "Παπαδόπουλος"), aPerson("2").named("Nikos", "Papadopoulos"));

		assertThat(cyrillic.explanation()).contains("given name identical").contains("family name identical");
		assertThat(greek.probability()).isGreaterThan(0.99);
	}

	@Test
	void aPersonWithFiftyAliasesIsFoundByAnyOfThem() {
		People many = aPerson("many").named("Dana", "Reeve");
		for (int i = 0; i < 50; i++) {
			many.alias("Alias" + (char) ('a' + i % 26) + i, "Name" + i);
		}
		many.alias("Sasha", "Kowalczyk");
		List<PersonRecord> index = new ArrayList<>(List.of(many.build(),
				aPerson("other").born(1990, 1, 2).livingAt("3 Mill Lane York", "YO1 7HH").build()));
		MatchEngine engine = MatchEngine.with(PersonIndex.of(index, 200), this.model);

		var found = engine.lookup(aPerson("q").named("Sasha", "Kowalczyk").build(), 0.5);

		assertThat(found).extracting(MatchEngine.Match::id).containsExactly("many");
	}

	@Test
	void differentPeopleDoNotMatch() {
		var match = score(aPerson("1"), aPerson("2").named("Tomas", "Brennan").born(1961, 2, 3)
			.livingAt("4 High Street Bath", "BA1 1AA"));

		assertThat(match.probability()).isLessThan(0.001);
	}

}
