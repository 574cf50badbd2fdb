package tandem;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tandem.agency.Actor;
import tandem.agency.Role;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * Requests made as a signed-in user or an agency system, with the authorities sign-in gives (SIGNED_IN for people,
 * API_CLIENT for agency systems, and one ROLE_ per role), without going through sign-in each time. The sign-in tests
 * cover the real ways in.
 */
public final class SignedInAs {

	private SignedInAs() {
	}

	public static RequestPostProcessor user(Actor actor) {
		return as("SIGNED_IN", actor);
	}

	/** An agency system with a valid token: authenticated, but not a signed-in person. */
	public static RequestPostProcessor apiClient(Actor client) {
		return as("API_CLIENT", client);
	}

	private static RequestPostProcessor as(String kind, Actor actor) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority(kind));
		for (Role role : actor.roles()) {
			authorities.add(new SimpleGrantedAuthority(role.authority()));
		}
		return authentication(UsernamePasswordAuthenticationToken.authenticated(actor, null, authorities));
	}

}
