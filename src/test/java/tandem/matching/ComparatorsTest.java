package tandem.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Normalisation, phonetic codes, Jaro-Winkler and the variant table, against published values. */
class ComparatorsTest {

	@Test
	void normalisationDropsCaseAccentsAndPunctuation() {
		assertThat(Text.normalise("  O'Brien-SMITH ")).isEqualTo("obrien smith");
		assertThat(Text.normalise("José Ñúñez")).isEqualTo("jose nunez");
		assertThat(Text.normalise("Zoë Straße")).isEqualTo("zoe strasse");
		assertThat(Text.normalise(null)).isEmpty();
	}

	@Test
	void jaroWinklerMatchesItsPublishedExamples() {
		assertThat(JaroWinkler.similarity("martha", "marhta")).isCloseTo(0.961, within(0.001));
		assertThat(JaroWinkler.similarity("dwayne", "duane")).isCloseTo(0.84, within(0.001));
		assertThat(JaroWinkler.similarity("dixon", "dicksonx")).isCloseTo(0.813, within(0.001));
		assertThat(JaroWinkler.similarity("abc", "xyz")).isZero();
	}

	@Test
	void namesThatSoundAlikeShareANysiisCode() {
		assertThat(Nysiis.encode("catherine")).isEqualTo(Nysiis.encode("katherine")).isEqualTo("catara");
		assertThat(Nysiis.encode("macdonald")).isEqualTo(Nysiis.encode("mcdonald"));
		assertThat(Nysiis.encode("smith")).isNotEqualTo(Nysiis.encode("jones"));
	}

	@Test
	void theVariantTableKnowsCommonShortForms() {
		NameVariants variants = NameVariants.standard();

		assertThat(variants.areVariants("bill", "william")).isTrue();
		assertThat(variants.areVariants("peggy", "margaret")).isTrue();
		assertThat(variants.areVariants("bill", "margaret")).isFalse();
		assertThat(variants.areVariants("william", "william")).isFalse();
	}

	@Test
	void namesWhoseDigitsDifferAreDifferentNames() {
		assertThat(Comparison.family("ashabeck12", "ashabeck17")).isEqualTo(4);
		assertThat(Comparison.family("ashabeck", "ashabekc")).isEqualTo(2);
	}

	@Test
	void neighbouringLettersSwappedAreATypoEvenInAShortName() {
		assertThat(Comparison.given("aym", "amy")).isEqualTo(3);
		assertThat(Comparison.given("bne", "ben")).isEqualTo(3);
		assertThat(Comparison.given("ab", "ba")).isEqualTo(3);
		assertThat(Comparison.family("ng", "gn")).isEqualTo(2);
		assertThat(Comparison.given("amy", "mia")).isEqualTo(5);
		assertThat(Comparison.given("ben", "neb")).isEqualTo(5);
	}

	@Test
	void oneTypoInAFieldStillSharesABlockingKey() {
		Prepared a = new Prepared(People.aPerson("1").named("Catherine", "Okafor").build());
		Prepared typo = new Prepared(People.aPerson("2").named("Katherine", "Okafur").born(1985, 7, 15).build());

		assertThat(Blocking.keys(a)).containsAnyOf(Blocking.keys(typo));
	}

}
