package tandem.signin;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tandem.agency.AgencyRef;

/** Registered agency systems, as the token endpoint needs them. */
@Repository
class ApiClients {

	private final JdbcClient jdbc;

	ApiClients(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<RegisteredClient> find(String clientId) {
		return this.jdbc.sql("""
				select c.id, c.client_id, c.secret_hash, c.revoked_at is not null or not g.active as revoked,
				       g.id as agency_id, g.code as agency_code, g.name as agency_name, a.id as area_id, a.code as area_code
				from api_client c
				join agency g on g.id = c.agency_id
				join area a on a.id = g.area_id
				where c.client_id = :clientId
				""")
			.param("clientId", clientId)
			.query((rs, row) -> new RegisteredClient(rs.getObject("id", UUID.class), rs.getString("client_id"),
					rs.getString("secret_hash"), rs.getBoolean("revoked"),
					new AgencyRef(rs.getObject("agency_id", UUID.class), rs.getString("agency_code"),
							rs.getString("agency_name"), rs.getObject("area_id", UUID.class), rs.getString("area_code"))))
			.optional();
	}

	/** @param revoked revoked, or its agency is no longer active: either way it may not have tokens */
	record RegisteredClient(UUID id, String clientId, String secretHash, boolean revoked, AgencyRef agency) {
	}

}
