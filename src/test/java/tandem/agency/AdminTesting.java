package tandem.agency;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/** What the administration tests share: signing in as a given actor, and reading the audit trail. */
final class AdminTesting {

	static final String SIGN_IN_PAGE = "/sign-in";

	private AdminTesting() {
	}

	/** Signed in as sign-in does it: the actor as principal, SIGNED_IN plus one authority per role. */
	static RequestPostProcessor as(Actor actor) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority("SIGNED_IN"));
		actor.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
		return authentication(UsernamePasswordAuthenticationToken.authenticated(actor, null, authorities));
	}

	/** The details of the audit events of one subject written by one actor, oldest first. */
	static List<String> auditDetails(JdbcClient jdbc, Actor actor, String action, String subjectType, Object subjectId) {
		return jdbc.sql("""
				select coalesce(detail, '') from audit_event
				where actor_id = :actor and action = :action and subject_type = :type and subject_id = :subject
				order by id
				""")
			.param("actor", actor.id())
			.param("action", action)
			.param("type", subjectType)
			.param("subject", subjectId.toString())
			.query(String.class)
			.list();
	}

}
