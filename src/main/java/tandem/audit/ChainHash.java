package tandem.audit;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The hash that seals one event onto the chain: SHA-256 of the previous seal's hash followed by a canonical encoding
 * of every column of the event. Each field is written as its length and then its bytes (a null as length -1), so no
 * content can move from one field into the next without changing the hash. Changing this encoding would make every
 * existing chain look broken: {@code ChainHashTest} pins it.
 */
final class ChainHash {

	static final int LENGTH = 32;

	/** Names the encoding, so that a future version can be told apart from this one. */
	private static final String FORMAT = "tandem-audit-event-v1";

	private ChainHash() {
	}

	/** The previous hash of the first seal. */
	static byte[] genesis() {
		return new byte[LENGTH];
	}

	static byte[] of(byte[] previousHash, RecordedEvent event) {
		MessageDigest sha256 = sha256();
		sha256.update(previousHash);
		sha256.update(canonical(event));
		return sha256.digest();
	}

	static byte[] canonical(RecordedEvent event) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			field(out, FORMAT);
			field(out, longBytes(event.id()));
			field(out, longBytes(microseconds(event.occurredAt())));
			field(out, event.actorId());
			field(out, event.actorName());
			field(out, event.actorAgency());
			field(out, event.action());
			field(out, event.subjectType());
			field(out, event.subjectId());
			field(out, event.caseId() == null ? null : uuidBytes(event.caseId()));
			field(out, event.outcome());
			field(out, event.detail());
			field(out, event.correlationId());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static void field(DataOutputStream out, @Nullable String value) throws IOException {
		field(out, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
	}

	private static void field(DataOutputStream out, byte @Nullable [] value) throws IOException {
		if (value == null) {
			out.writeInt(-1);
			return;
		}
		out.writeInt(value.length);
		out.write(value);
	}

	/** PostgreSQL keeps timestamps to the microsecond; so does the seal. */
	private static long microseconds(Instant instant) {
		return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
	}

	private static byte[] longBytes(long value) {
		return ByteBuffer.allocate(Long.BYTES).putLong(value).array();
	}

	private static byte[] uuidBytes(UUID uuid) {
		return ByteBuffer.allocate(2 * Long.BYTES)
			.putLong(uuid.getMostSignificantBits())
			.putLong(uuid.getLeastSignificantBits())
			.array();
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform provides SHA-256", ex);
		}
	}

}
