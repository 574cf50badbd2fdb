package tandem.demo;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import tandem.Ids;
import tandem.agency.Role;

/**
 * Writes the demo's areas, agencies, API clients and sign-ins. Secrets and the password are stored only as Argon2id
 * hashes; the shared password is hashed once, because each hash deliberately takes tens of milliseconds.
 */
@Component
@ConditionalOnBooleanProperty("tandem.demo.enabled")
class DemoPartnershipWriter {

	private final JdbcClient jdbc;

	private final PasswordEncoder passwords;

	DemoPartnershipWriter(JdbcClient jdbc, PasswordEncoder passwords) {
		this.jdbc = jdbc;
		this.passwords = passwords;
	}

	/** Writes the partnership and returns the ids that cases need: agencies and users. */
	Written write() {
		Map<String, String> secretHashes = hashSecrets();
		Map<DemoArea, UUID> areas = new EnumMap<>(DemoArea.class);
		Map<String, UUID> agencies = new HashMap<>();
		for (DemoArea area : DemoArea.values()) {
			UUID areaId = Ids.next();
			areas.put(area, areaId);
			this.jdbc.sql("insert into area (id, code, name) values (:id, :code, :name)")
				.param("id", areaId).param("code", area.code()).param("name", area.displayName())
				.update();
			for (DemoAgency agency : DemoAgency.values()) {
				UUID agencyId = Ids.next();
				this.jdbc.sql("""
						insert into agency (id, area_id, code, name, sector)
						values (:id, :area, :code, :name, :sector)
						""")
					.param("id", agencyId).param("area", areaId).param("code", agency.code())
					.param("name", agency.nameIn(area)).param("sector", agency.sector())
					.update();
				this.jdbc.sql("""
						insert into api_client (id, client_id, agency_id, secret_hash, description)
						values (:id, :clientId, :agency, :hash, :description)
						""")
					.param("id", Ids.next()).param("clientId", agency.clientIdIn(area))
					.param("agency", agencyId).param("hash", secretHashes.get(agency.clientIdIn(area)))
					.param("description", "Demo client for " + agency.nameIn(area))
					.update();
				agencies.put(agency.clientIdIn(area), agencyId);
			}
		}
		return new Written(areas, agencies, writeUsers(agencies));
	}

	/** One Argon2id hash per client secret, computed on every core: together they are most of the loading time. */
	private Map<String, String> hashSecrets() {
		Map<String, String> secrets = new HashMap<>();
		for (DemoArea area : DemoArea.values()) {
			for (DemoAgency agency : DemoAgency.values()) {
				secrets.put(agency.clientIdIn(area), agency.clientSecretIn(area));
			}
		}
		return secrets.entrySet()
			.parallelStream()
			.collect(Collectors.toMap(Map.Entry::getKey, secret -> this.passwords.encode(secret.getValue())));
	}

	private Map<String, UUID> writeUsers(Map<String, UUID> agencies) {
		String passwordHash = this.passwords.encode(DemoSignIns.PASSWORD);
		Map<String, UUID> users = new HashMap<>();
		for (DemoUser user : DemoSignIns.USERS) {
			UUID id = Ids.next();
			this.jdbc.sql("""
					insert into app_user (id, agency_id, username, display_name, email, password_hash)
					values (:id, :agency, :username, :displayName, :email, :hash)
					""")
				.param("id", id).param("agency", agencies.get(user.agency().clientIdIn(user.area())))
				.param("username", user.username()).param("displayName", user.displayName())
				.param("email", user.username() + "@example.org").param("hash", passwordHash)
				.update();
			for (Role role : user.roles()) {
				this.jdbc.sql("insert into user_role (user_id, role) values (:id, :role)")
					.param("id", id).param("role", role.name())
					.update();
			}
			users.put(user.username(), id);
		}
		return users;
	}

	/**
	 * @param agencies agency ids by qualified code, e.g. {@code north-police}
	 * @param users user ids by username
	 */
	record Written(Map<DemoArea, UUID> areas, Map<String, UUID> agencies, Map<String, UUID> users) {

		UUID agency(DemoArea area, DemoAgency agency) {
			return this.agencies.get(agency.clientIdIn(area));
		}

	}

}
