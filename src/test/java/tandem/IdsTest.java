package tandem;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdsTest {

	@Test
	void anIdIsAVersionSevenUuidCarryingTheTimeItWasMade() {
		long before = System.currentTimeMillis();
		UUID id = Ids.next();
		long after = System.currentTimeMillis();

		assertThat(id.version()).isEqualTo(7);
		assertThat(id.variant()).isEqualTo(2);
		assertThat(id.getMostSignificantBits() >>> 16).isBetween(before, after);
		assertThat(UUID.fromString(id.toString())).isEqualTo(id);
	}

	@Test
	void idsMadeLaterSortAfterEarlierOnesAsPostgresqlComparesThem() throws InterruptedException {
		UUID earlier = Ids.next();
		Thread.sleep(2);
		UUID later = Ids.next();

		// PostgreSQL orders uuids by their bytes, most significant first; so does this comparison of their text.
		assertThat(later.toString()).isGreaterThan(earlier.toString());
		assertThat(Instant.ofEpochMilli(later.getMostSignificantBits() >>> 16))
			.isAfter(Instant.ofEpochMilli(earlier.getMostSignificantBits() >>> 16));
	}

	@Test
	void idsMadeInTheSameMillisecondStillDifferByTheirRandomBits() {
		Set<UUID> ids = new HashSet<>();
		for (int i = 0; i < 100_000; i++) {
			ids.add(Ids.next());
		}
		assertThat(ids).hasSize(100_000);
	}

}
