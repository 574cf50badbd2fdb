package tandem.signin;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TotpTest {

	/** The SHA-1 seed of RFC 6238 Appendix B. */
	private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	@ParameterizedTest
	@CsvSource({ "59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
			"2000000000, 69279037", "20000000000, 65353130" })
	void matchesTheRfc6238Sha1TestVectors(long epochSecond, String expected) {
		long step = Totp.stepAt(Instant.ofEpochSecond(epochSecond));

		assertThat(Totp.code(RFC_SECRET, step, 8)).isEqualTo(expected);
		// Six digits are the last six of the eight: the same truncated value, a smaller modulus.
		assertThat(Totp.code(RFC_SECRET, step, Totp.DIGITS)).isEqualTo(expected.substring(2));
	}

	@Test
	void acceptsOneStepEitherSideOfNowAndNoFurther() {
		Instant now = Instant.ofEpochSecond(1111111111);
		long current = Totp.stepAt(now);

		assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, current - 1, 6), now)).hasValue(current - 1);
		assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, current, 6), now)).hasValue(current);
		assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, current + 1, 6), now)).hasValue(current + 1);
		assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, current - 2, 6), now)).isEmpty();
		assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, current + 2, 6), now)).isEmpty();
	}

	@Test
	void refusesAnythingButSixDigits() {
		Instant now = Instant.ofEpochSecond(59);
		String code = Totp.code(RFC_SECRET, Totp.stepAt(now), 6);

		assertThat(Totp.matchingStep(RFC_SECRET, code + "0", now)).isEmpty();
		assertThat(Totp.matchingStep(RFC_SECRET, "", now)).isEmpty();
		assertThat(Totp.matchingStep(RFC_SECRET, "28708a", now)).isEmpty();
	}

	@Test
	void forgivesSpacesAndHyphensPeopleType() {
		assertThat(Totp.normalise(" 287 08-2 ")).isEqualTo("287082");
	}

	@Test
	void newSecretsAreRandomAnd160Bits() {
		assertThat(Totp.newSecret()).hasSize(20).isNotEqualTo(Totp.newSecret());
	}

}
