package tandem.referral;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The first answer to each (client, Idempotency-Key), kept so that a retry gets that answer again instead of a
 * second referral. The row is written in the referral's own transaction: both exist, or neither.
 */
@Repository
class IdempotencyRecords {

	private final JdbcClient jdbc;

	IdempotencyRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Stored(byte[] requestDigest, int status, String body) {

		boolean sameRequest(byte[] digest) {
			return Arrays.equals(this.requestDigest, digest);
		}

	}

	Optional<Stored> find(String clientId, String key) {
		return this.jdbc.sql("""
				select request_digest, response_status, response_body from api_idempotency
				where client_id = :client and idempotency_key = :key
				""")
			.param("client", clientId).param("key", key)
			.query((rs, row) -> new Stored(rs.getBytes(1), rs.getInt(2), rs.getString(3)))
			.optional();
	}

	/** Fails with a duplicate-key error when a concurrent twin with the same key committed first. */
	void insert(String clientId, String key, byte[] digest, int status, String body, Instant at) {
		this.jdbc.sql("""
				insert into api_idempotency (client_id, idempotency_key, request_digest, response_status, response_body,
				                             created_at)
				values (:client, :key, :digest, :status, :body, :at)
				""")
			.param("client", clientId).param("key", key).param("digest", digest).param("status", status)
			.param("body", body).param("at", Timestamp.from(at))
			.update();
	}

}
