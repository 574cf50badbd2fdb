package tandem.signin;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tandem.Ids;
import tandem.agency.Role;

/**
 * Accounts of people who sign in through the partnership's identity provider, keyed by issuer and subject. They have
 * no password: the username is the external subject, so it can never match a local sign-in.
 */
@Repository
class ExternalAccounts {

	private final JdbcClient jdbc;

	ExternalAccounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<ExternalAccount> find(String externalSubject) {
		return this.jdbc.sql("select id, enabled, agency_id from app_user where external_subject = :subject")
			.param("subject", externalSubject)
			.query((rs, row) -> new ExternalAccount(rs.getObject("id", UUID.class), rs.getBoolean("enabled"),
					rs.getObject("agency_id", UUID.class)))
			.optional();
	}

	UUID create(String externalSubject, String displayName, UUID agencyId) {
		UUID id = Ids.next();
		this.jdbc.sql("""
				insert into app_user (id, agency_id, username, display_name, external_subject)
				values (:id, :agency, :subject, :name, :subject)
				""")
			.param("id", id).param("agency", agencyId).param("subject", externalSubject).param("name", displayName)
			.update();
		return id;
	}

	void update(UUID id, String displayName, UUID agencyId) {
		this.jdbc.sql("update app_user set display_name = :name, agency_id = :agency, version = version + 1 where id = :id")
			.param("id", id).param("name", displayName).param("agency", agencyId).update();
	}

	void replaceRoles(UUID id, Set<Role> roles) {
		this.jdbc.sql("delete from user_role where user_id = :id").param("id", id).update();
		for (Role role : roles) {
			this.jdbc.sql("insert into user_role (user_id, role) values (:id, :role)")
				.param("id", id).param("role", role.name()).update();
		}
	}

	record ExternalAccount(UUID id, boolean enabled, UUID agencyId) {
	}

}
