package tandem.signin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tandem.agency.Actor;
import tandem.agency.AgencyRef;

/**
 * Opaque API access tokens. Only a SHA-256 digest of each is stored: the tokens are 256 random bits, so the digest
 * needs no salt or slow hash, and a copy of this table lets nobody call the API.
 */
@Repository
class ApiTokens {

	private final JdbcClient jdbc;

	ApiTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void store(String token, UUID clientId, Instant issuedAt, Instant expiresAt) {
		// Housekeeping in passing: the client's own expired tokens are of no further use.
		this.jdbc.sql("delete from api_token where api_client_id = :client and expires_at <= :now")
			.param("client", clientId).param("now", Timestamp.from(issuedAt)).update();
		this.jdbc.sql("""
				insert into api_token (token_digest, api_client_id, issued_at, expires_at)
				values (:digest, :client, :issuedAt, :expiresAt)
				""")
			.param("digest", digest(token)).param("client", clientId)
			.param("issuedAt", Timestamp.from(issuedAt)).param("expiresAt", Timestamp.from(expiresAt))
			.update();
	}

	/** The agency system a live token belongs to; empty for unknown or expired tokens and revoked clients. */
	Optional<Actor> holderOf(String token, Instant now) {
		return this.jdbc.sql("""
				select c.client_id, g.id as agency_id, g.code as agency_code, g.name as agency_name,
				       a.id as area_id, a.code as area_code
				from api_token t
				join api_client c on c.id = t.api_client_id
				join agency g on g.id = c.agency_id
				join area a on a.id = g.area_id
				where t.token_digest = :digest and t.expires_at > :now and c.revoked_at is null and g.active
				""")
			.param("digest", digest(token)).param("now", Timestamp.from(now))
			.query((rs, row) -> Actor.apiClient(rs.getString("client_id"),
					new AgencyRef(rs.getObject("agency_id", UUID.class), rs.getString("agency_code"),
							rs.getString("agency_name"), rs.getObject("area_id", UUID.class), rs.getString("area_code"))))
			.optional();
	}

	static byte[] digest(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required of every Java platform", ex);
		}
	}

}
