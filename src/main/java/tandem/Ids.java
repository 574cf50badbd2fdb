package tandem;

import java.security.SecureRandom;
import java.util.UUID;

import tandem.Ids;

/**
 * Ids for new rows: UUID version 7 (RFC 9562), the time of creation in the first 48 bits and 74 random bits after.
 * Rows made one after another get neighbouring ids, so each table's primary key, and every index that leads with
 * such an id (a case's parties, its agencies), grows at its right-hand edge, which stays in memory. A random id
 * lands anywhere in an index of millions and, once the data outgrows the page cache, costs a read from disk for
 * every insert (ADR 0121). The random part comes from the same strong source as {@link UUID#randomUUID()}, so an id
 * is no easier to guess.
 */
public final class Ids {

	private static final SecureRandom RANDOM = new SecureRandom();

	private Ids() {
	}

	public static UUID next() {
		byte[] random = new byte[10];
		RANDOM.nextBytes(random);
		long mostSignificant = System.currentTimeMillis() << 16 | 0x7000L | (random[0] & 0x0FL) << 8 | random[1] & 0xFFL;
		long leastSignificant = 0;
		for (int i = 2; i < 10; i++) {
			leastSignificant = leastSignificant << 8 | random[i] & 0xFFL;
		}
		// The variant: the two highest bits 10.
		leastSignificant = leastSignificant & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L;
		return new UUID(mostSignificant, leastSignificant);
	}

}
