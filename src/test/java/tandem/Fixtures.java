package tandem;

import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import tandem.agency.Actor;
import tandem.agency.AgencyRef;
import tandem.agency.Role;

/**
 * Creates partnership data for integration tests straight in the database: areas, agencies and users, each with a
 * unique code so tests never collide in the shared database. Valid by default; say only what the test is about.
 */
@TestComponent
public class Fixtures {

	public static final String PASSWORD = "correct horse battery staple";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final JdbcClient jdbc;

	private final PasswordEncoder passwords;

	private String encodedPassword;

	Fixtures(JdbcClient jdbc, PasswordEncoder passwords) {
		this.jdbc = jdbc;
		this.passwords = passwords;
	}

	public static String unique(String prefix) {
		return prefix + "-" + ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet();
	}

	public AreaFixture area() {
		UUID id = UUID.randomUUID();
		String code = unique("area");
		this.jdbc.sql("insert into area (id, code, name) values (:id, :code, :name)")
			.param("id", id).param("code", code).param("name", "Test area " + code).update();
		return new AreaFixture(id, code);
	}

	public AgencyRef agency(AreaFixture area, String sector) {
		UUID id = UUID.randomUUID();
		String code = unique(sector);
		this.jdbc.sql("insert into agency (id, area_id, code, name, sector) values (:id, :area, :code, :name, :sector)")
			.param("id", id).param("area", area.id()).param("code", code).param("name", "Test " + sector + " " + code)
			.param("sector", sector).update();
		return new AgencyRef(id, code, "Test " + sector + " " + code, area.id(), area.code());
	}

	/** A user with the test password; their username is returned inside the actor's name. */
	public Actor user(AgencyRef agency, Role... roles) {
		UUID id = UUID.randomUUID();
		String username = unique("user");
		this.jdbc.sql("""
				insert into app_user (id, agency_id, username, display_name, password_hash)
				values (:id, :agency, :username, :username, :hash)
				""")
			.param("id", id).param("agency", agency.id()).param("username", username).param("hash", encodedPassword())
			.update();
		for (Role role : roles) {
			this.jdbc.sql("insert into user_role (user_id, role) values (:id, :role)")
				.param("id", id).param("role", role.name()).update();
		}
		return Actor.user(id, username, agency, Set.copyOf(Arrays.asList(roles)));
	}

	private synchronized String encodedPassword() {
		if (this.encodedPassword == null) {
			this.encodedPassword = this.passwords.encode(PASSWORD);
		}
		return this.encodedPassword;
	}

	public record AreaFixture(UUID id, String code) {
	}

}
