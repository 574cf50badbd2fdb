package tandem.agency;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The agency systems registered to call the API, and the access tokens issued to them, as administration needs them.
 * (Sign-in reads the same table for the token endpoint; this class is not named ApiClients so the two never clash.)
 */
@Repository
class ApiClientRegistry {

	private static final String SELECT = """
			select c.id, c.client_id, a.code || '-' || g.code as agency_code, g.name as agency_name, c.description,
			       c.created_at, c.revoked_at
			from api_client c
			join agency g on g.id = c.agency_id
			join area a on a.id = g.area_id
			""";

	private final JdbcClient jdbc;

	ApiClientRegistry(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Current clients first, then revoked ones, each by client id. */
	List<ApiClientSummary> findAll() {
		return this.jdbc.sql(SELECT + " order by c.revoked_at is not null, c.client_id").query(ApiClientRegistry::map).list();
	}

	Optional<ApiClientSummary> findById(UUID id) {
		return this.jdbc.sql(SELECT + " where c.id = :id").param("id", id).query(ApiClientRegistry::map).optional();
	}

	boolean clientIdTaken(String clientId) {
		return this.jdbc.sql("select exists (select 1 from api_client where client_id = :clientId)")
			.param("clientId", clientId)
			.query(Boolean.class)
			.single();
	}

	void insert(UUID id, String clientId, UUID agencyId, String secretHash, String description, Instant createdAt) {
		this.jdbc.sql("""
				insert into api_client (id, client_id, agency_id, secret_hash, description, created_at)
				values (:id, :clientId, :agency, :secretHash, :description, :createdAt)
				""")
			.param("id", id)
			.param("clientId", clientId)
			.param("agency", agencyId)
			.param("secretHash", secretHash)
			.param("description", description)
			.param("createdAt", Timestamp.from(createdAt))
			.update();
	}

	/** False when the client was already revoked. */
	boolean revoke(UUID id, Instant at) {
		return this.jdbc.sql("update api_client set revoked_at = :at where id = :id and revoked_at is null")
			.param("id", id)
			.param("at", Timestamp.from(at))
			.update() == 1;
	}

	/** Deletes every access token issued to the client, so that none of them works any longer. */
	int deleteTokens(UUID id) {
		return this.jdbc.sql("delete from api_token where api_client_id = :id").param("id", id).update();
	}

	private static ApiClientSummary map(ResultSet rs, int row) throws SQLException {
		Timestamp revokedAt = rs.getTimestamp("revoked_at");
		return new ApiClientSummary(rs.getObject("id", UUID.class), rs.getString("client_id"),
				rs.getString("agency_code"), rs.getString("agency_name"), rs.getString("description"),
				rs.getTimestamp("created_at").toInstant(), revokedAt == null ? null : revokedAt.toInstant());
	}

}
