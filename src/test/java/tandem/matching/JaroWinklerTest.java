package tandem.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The quick bound never turns away a pair the full comparison would accept. */
class JaroWinklerTest {

	@Test
	void theBoundAgreesWithTheFullComparisonOnManyWordsNearAndFar() {
		SplittableRandom random = new SplittableRandom(11);
		int near = 0;
		for (int k = 0; k < 200_000; k++) {
			String a = word(random);
			String b = random.nextBoolean() ? word(random) : typo(a, random);
			double similarity = JaroWinkler.similarity(a, b);

			assertThat(JaroWinkler.upperBound(a, b)).isGreaterThanOrEqualTo(similarity - 1e-9);
			assertThat(JaroWinkler.atLeast(a, b, 0.9)).isEqualTo(similarity >= 0.9);
			double from = JaroWinkler.similarityFrom(a, b, 0.8);
			assertThat(from >= 0.8 ? from : 0).isEqualTo(similarity >= 0.8 ? similarity : 0);
			near += similarity >= 0.9 ? 1 : 0;
		}
		assertThat(near).isGreaterThan(1000);
	}

	@Test
	void identicalAndEmptyWords() {
		assertThat(JaroWinkler.atLeast("okafor", "okafor", 0.9)).isTrue();
		assertThat(JaroWinkler.atLeast("", "", 0.9)).isFalse();
		assertThat(JaroWinkler.atLeast("okafor", "brennan", 0.9)).isFalse();
	}

	private static String word(SplittableRandom random) {
		StringBuilder word = new StringBuilder();
		int length = 1 + random.nextInt(random.nextInt(10) == 0 ? 80 : 12);
		for (int i = 0; i < length; i++) {
			word.append(random.nextInt(20) == 0 ? 'é' : (char) ('a' + random.nextInt(8)));
		}
		return word.toString();
	}

	private static String typo(String word, SplittableRandom random) {
		StringBuilder typo = new StringBuilder(word);
		int at = random.nextInt(typo.length());
		switch (random.nextInt(3)) {
			case 0 -> typo.setCharAt(at, (char) ('a' + random.nextInt(8)));
			case 1 -> typo.insert(at, (char) ('a' + random.nextInt(8)));
			default -> typo.deleteCharAt(at);
		}
		return typo.toString();
	}

}
