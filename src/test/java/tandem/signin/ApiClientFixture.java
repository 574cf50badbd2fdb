package tandem.signin;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import tandem.Fixtures;
import tandem.agency.AgencyRef;

/** Registers API clients straight in the database, hashed as an administrator's registration would. */
final class ApiClientFixture {

	static final String SECRET = "a test secret: long, random & shown once";

	private final JdbcClient jdbc;

	private final PasswordEncoder passwords;

	ApiClientFixture(JdbcClient jdbc, PasswordEncoder passwords) {
		this.jdbc = jdbc;
		this.passwords = passwords;
	}

	/** A client for the agency, with {@link #SECRET}; its client id is returned. */
	String client(AgencyRef agency) {
		String clientId = Fixtures.unique(agency.qualifiedCode());
		this.jdbc.sql("""
				insert into api_client (id, client_id, agency_id, secret_hash, description)
				values (:id, :clientId, :agency, :hash, 'test client')
				""")
			.param("id", UUID.randomUUID()).param("clientId", clientId).param("agency", agency.id())
			.param("hash", this.passwords.encode(SECRET)).update();
		return clientId;
	}

	void revoke(String clientId) {
		this.jdbc.sql("update api_client set revoked_at = now() where client_id = :clientId")
			.param("clientId", clientId).update();
	}

}
