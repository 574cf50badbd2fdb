package tandem.signin;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import tandem.agency.Actor;
import tandem.agency.Role;

/** Builds the authentication that the session holds once someone has signed in: the {@link Actor} and its roles. */
final class SignedIn {

	/** Held by everyone who has completed sign-in, whatever their roles; pages for all users require it. */
	static final String SIGNED_IN = "SIGNED_IN";

	private SignedIn() {
	}

	static UsernamePasswordAuthenticationToken fully(Actor actor) {
		return UsernamePasswordAuthenticationToken.authenticated(actor, null, authorities(actor));
	}

	static List<GrantedAuthority> authorities(Actor actor) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority(SIGNED_IN));
		for (Role role : actor.roles()) {
			authorities.add(new SimpleGrantedAuthority(role.authority()));
		}
		return authorities;
	}

}
