package tandem.person;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The strictest match: the same given name, family name (ignoring case) and date of birth, and only one person with
 * them. Without all three nothing is certain, so nothing matches.
 */
@Component
class ExactNameAndBirthDate implements PersonMatcher {

	private final JdbcClient jdbc;

	ExactNameAndBirthDate(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<UUID> certainMatch(NewPerson described) {
		if (described.givenName() == null || described.familyName() == null || described.dateOfBirth() == null) {
			return Optional.empty();
		}
		List<UUID> found = this.jdbc.sql("""
				select id from person
				where lower(family_name) = lower(:family) and lower(given_name) = lower(:given) and date_of_birth = :born
				limit 2
				""")
			.param("family", described.familyName())
			.param("given", described.givenName())
			.param("born", described.dateOfBirth())
			.query(UUID.class)
			.list();
		return found.size() == 1 ? Optional.of(found.getFirst()) : Optional.empty();
	}

}
