package tandem.matching;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed Bloom-filter encodings for matching between partnerships that may not share identities, in the manner of
 * Schnell, Bachteler and Reiher (2009): each field's character bigrams (padded) are set into a bit array by
 * {@value #HASHES} hash functions built by double hashing from two HMACs keyed with a secret the partnerships share.
 * Without the key nobody can rebuild the bigram-to-bit mapping, so an encoding is not open to a dictionary attack.
 * Only encodings and keyed blocking tokens leave a partnership; similarity is the Dice coefficient of two filters.
 */
public final class BloomEncoder {

	/** Bits per field filter. */
	static final int BITS = 1024;

	static final int HASHES = 20;

	private final byte[] key1;

	private final byte[] key2;

	// Bigrams repeat endlessly across names: remember their bit positions instead of recomputing two HMACs each time.
	private final Map<String, int[]> positions = new ConcurrentHashMap<>();

	/** @param secret the key shared between the partnerships, at least 32 bytes */
	public BloomEncoder(byte[] secret) {
		if (secret.length < 32) {
			throw new IllegalArgumentException("The shared key needs at least 32 bytes");
		}
		this.key1 = hmac(secret, "tandem bloom key 1".getBytes(StandardCharsets.UTF_8));
		this.key2 = hmac(secret, "tandem bloom key 2".getBytes(StandardCharsets.UTF_8));
	}

	/** Everything one partnership sends the other about one person. */
	public EncodedPerson encode(PersonRecord record) {
		Prepared p = new Prepared(record);
		long[][] given = Arrays.stream(p.given).map(this::filter).toArray(long[][]::new);
		long[][] family = Arrays.stream(p.family).map(this::filter).toArray(long[][]::new);
		List<String> birth = new ArrayList<>();
		if (p.year > 0) {
			birth.add("y" + p.year);
			String digits = String.format("%04d%02d%02d", p.year, p.month, p.day);
			for (int i = 0; i < digits.length(); i++) {
				// Each digit in its place: one mistyped digit leaves the others in common.
				birth.add("p" + i + digits.charAt(i));
			}
		}
		return new EncodedPerson(record.id(), given, family, tokens(birth), filter(p.sex == 0 ? "" : "s" + p.sex),
				filter(p.postcode), tokens(Arrays.asList(p.addressTokens)), filter(p.email), blockingTokens(p));
	}

	/** Blocking keys, keyed too: the same key gives the same token on both sides, and nothing readable. */
	private long[] blockingTokens(Prepared p) {
		long[] keys = Blocking.keys(p, Blocking.ALL | Blocking.KINDS_KEPT);
		long[] tokens = new long[keys.length];
		for (int i = 0; i < keys.length; i++) {
			byte[] mac = hmac(this.key1, ByteBuffer.allocate(8).putLong(keys[i] >>> 4).array());
			long hash = ByteBuffer.wrap(mac).getLong() >>> (64 - Blocking.HASH_BITS);
			tokens[i] = hash << 4 | (keys[i] & 15);
		}
		return tokens;
	}

	/** The field's padded bigrams set into one filter; empty (all zero) for an empty value. */
	long[] filter(String value) {
		long[] bits = new long[BITS / 64];
		if (!value.isEmpty()) {
			String padded = "_" + value + "_";
			for (int i = 0; i + 2 <= padded.length(); i++) {
				set(bits, padded.substring(i, i + 2));
			}
		}
		return bits;
	}

	private long[] tokens(List<String> tokens) {
		long[] bits = new long[BITS / 64];
		tokens.forEach(t -> set(bits, t));
		return bits;
	}

	private void set(long[] bits, String gram) {
		for (int position : this.positions.computeIfAbsent(gram, this::positionsOf)) {
			bits[position >>> 6] |= 1L << position;
		}
	}

	private int[] positionsOf(String gram) {
		byte[] bytes = gram.getBytes(StandardCharsets.UTF_8);
		long h1 = ByteBuffer.wrap(hmac(this.key1, bytes)).getLong();
		long h2 = ByteBuffer.wrap(hmac(this.key2, bytes)).getLong();
		int[] positions = new int[HASHES];
		for (int i = 0; i < HASHES; i++) {
			positions[i] = (int) Math.floorMod(h1 + i * h2, (long) BITS);
		}
		return positions;
	}

	private static byte[] hmac(byte[] key, byte[] message) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac.doFinal(message);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", ex);
		}
	}

	/** The Dice coefficient of two filters: 2|A∩B| / (|A|+|B|); 0 when both are empty. */
	static double dice(long[] a, long[] b) {
		int both = 0;
		int total = 0;
		for (int i = 0; i < a.length; i++) {
			both += Long.bitCount(a[i] & b[i]);
			total += Long.bitCount(a[i]) + Long.bitCount(b[i]);
		}
		return total == 0 ? 0 : 2.0 * both / total;
	}

	static boolean isEmpty(long[] filter) {
		for (long word : filter) {
			if (word != 0) {
				return false;
			}
		}
		return true;
	}

}
