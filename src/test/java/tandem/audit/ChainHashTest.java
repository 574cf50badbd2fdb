package tandem.audit;

import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChainHashTest {

	private static final RecordedEvent EVENT = new RecordedEvent(42, Instant.parse("2026-11-22T10:15:30.123456Z"),
			"user:1", "ab", "c", "VIEW", "case", "7", UUID.fromString("0b6e1c2a-5d4f-4f7e-9a1b-2c3d4e5f6a7b"), "SUCCESS",
			null, "corr-1");

	@Test
	void theEncodingNeverChangesOrEveryExistingChainWouldLookBroken() {
		// Checked against an independent implementation of the documented encoding.
		assertThat(HexFormat.of().formatHex(ChainHash.of(ChainHash.genesis(), EVENT)))
			.isEqualTo("b0c6c579cb458f5de802ec68f98dfc9393a49fadeffd816f3dfb0262e3e69791");
	}

	@Test
	void theFirstSealLinksToThirtyTwoZeroBytes() {
		assertThat(ChainHash.genesis()).hasSize(32).containsOnly(0);
	}

	@Test
	void contentCannotMoveFromOneFieldIntoTheNext() {
		RecordedEvent shifted = new RecordedEvent(42, EVENT.occurredAt(), "user:1", "a", "bc", "VIEW", "case", "7",
				EVENT.caseId(), "SUCCESS", null, "corr-1");

		assertThat(ChainHash.of(ChainHash.genesis(), shifted)).isNotEqualTo(ChainHash.of(ChainHash.genesis(), EVENT));
	}

	@Test
	void aMissingValueDiffersFromAnEmptyOne() {
		RecordedEvent emptyDetail = new RecordedEvent(42, EVENT.occurredAt(), "user:1", "ab", "c", "VIEW", "case", "7",
				EVENT.caseId(), "SUCCESS", "", "corr-1");

		assertThat(ChainHash.of(ChainHash.genesis(), emptyDetail)).isNotEqualTo(ChainHash.of(ChainHash.genesis(), EVENT));
	}

	@Test
	void aMicrosecondChangesTheHash() {
		RecordedEvent later = new RecordedEvent(42, EVENT.occurredAt().plusNanos(1_000), "user:1", "ab", "c", "VIEW",
				"case", "7", EVENT.caseId(), "SUCCESS", null, "corr-1");

		assertThat(ChainHash.of(ChainHash.genesis(), later)).isNotEqualTo(ChainHash.of(ChainHash.genesis(), EVENT));
	}

	@Test
	void theHashDependsOnTheSealBefore() {
		byte[] other = ChainHash.genesis();
		other[31] = 1;

		assertThat(ChainHash.of(other, EVENT)).isNotEqualTo(ChainHash.of(ChainHash.genesis(), EVENT));
	}

}
