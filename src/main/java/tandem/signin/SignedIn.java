package tandem.signin;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import tandem.agency.Actor;
import tandem.agency.Role;

/** Builds the authentication of a signed-in {@link Actor}: the actor as principal, and its roles. */
final class SignedIn {

	/** Held by everyone who has completed sign-in, whatever their roles; pages for all users require it. */
	static final String SIGNED_IN = "SIGNED_IN";

	/** Held by every agency system authenticated with a bearer token; API endpoints require it. */
	static final String API_CLIENT = "API_CLIENT";

	private SignedIn() {
	}

	static UsernamePasswordAuthenticationToken fully(Actor actor) {
		return UsernamePasswordAuthenticationToken.authenticated(actor, null, authorities(actor));
	}

	/**
	 * An agency system calling the API: {@link #API_CLIENT} instead of {@link #SIGNED_IN}, so no page accepts it, and
	 * the actor's roles.
	 */
	static UsernamePasswordAuthenticationToken apiClient(Actor actor) {
		return UsernamePasswordAuthenticationToken.authenticated(actor, null, authorities(API_CLIENT, actor));
	}

	static List<GrantedAuthority> authorities(Actor actor) {
		return authorities(SIGNED_IN, actor);
	}

	private static List<GrantedAuthority> authorities(String kind, Actor actor) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority(kind));
		for (Role role : actor.roles()) {
			authorities.add(new SimpleGrantedAuthority(role.authority()));
		}
		return authorities;
	}

}
