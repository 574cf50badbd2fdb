package tandem.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static tandem.matching.People.aPerson;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** What one partnership sends another: encodings that compare, but that give nothing readable away. */
class BloomEncoderTest {

	private static final byte[] SHARED = "a key the two partnerships share, 32+ bytes".getBytes(StandardCharsets.UTF_8);

	private final BloomEncoder encoder = new BloomEncoder(SHARED);

	private final PersonRecord mary = aPerson("ref-1").named("Mary", "Okafor").born(1985, 7, 14).build();

	@Test
	void theExchangedPayloadHoldsNoPieceOfThePlainText() {
		byte[] payload = payload(this.encoder.encode(this.mary));
		String asText = new String(payload, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);

		for (String secret : List.of("mary", "okafor", "ma", "ok", "fo", "1985", "0714", "leeds", "ls6", "elm")) {
			assertThat(asText).doesNotContain(secret);
			assertThat(indexOf(payload, secret.getBytes(StandardCharsets.UTF_16BE))).isEqualTo(-1);
		}
	}

	@Test
	void withoutTheKeyABigramCannotBeLookedUp() {
		BloomEncoder attacker = new BloomEncoder("a guessed key, also thirty-two bytes long".getBytes(StandardCharsets.UTF_8));

		long[] real = this.encoder.encode(this.mary).family()[0];
		long[] guessed = attacker.encode(this.mary).family()[0];

		// The attacker encodes the very same name and still cannot recognise it.
		assertThat(BloomEncoder.dice(real, guessed)).isLessThan(0.3);
	}

	@Test
	void theSamePersonWithATypoStillComparesClosely() {
		EncodedPerson a = this.encoder.encode(this.mary);
		EncodedPerson b = this.encoder.encode(aPerson("ref-9").named("Mary", "Okafur").born(1985, 7, 14).build());
		EncodedPerson other = this.encoder.encode(aPerson("ref-5").named("Tomas", "Brennan").born(1961, 2, 3).build());

		assertThat(BloomEncoder.dice(a.family()[0], b.family()[0])).isGreaterThan(0.6);
		assertThat(BloomEncoder.dice(a.family()[0], other.family()[0])).isLessThan(0.4);
		assertThat(BloomComparison.of(a, b).levels[Field.BIRTH_DATE.ordinal()]).isEqualTo((byte) 1);
	}

	@Test
	void aShortKeyIsRefused() {
		assertThatThrownBy(() -> new BloomEncoder(new byte[16])).isInstanceOf(IllegalArgumentException.class);
	}

	/** Every bit the other side receives, as bytes, plus the sender's opaque reference. */
	private static byte[] payload(EncodedPerson p) {
		ByteBuffer out = ByteBuffer.allocate(64 * 1024);
		Arrays.stream(p.given()).forEach(f -> Arrays.stream(f).forEach(out::putLong));
		Arrays.stream(p.family()).forEach(f -> Arrays.stream(f).forEach(out::putLong));
		for (long[] filter : List.of(p.birthDate(), p.sex(), p.postcode(), p.address(), p.email(), p.blockingTokens())) {
			Arrays.stream(filter).forEach(out::putLong);
		}
		return Arrays.copyOf(out.array(), out.position());
	}

	private static int indexOf(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i + needle.length <= haystack.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

}
