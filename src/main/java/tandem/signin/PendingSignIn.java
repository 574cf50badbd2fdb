package tandem.signin;

import java.io.Serializable;
import java.security.Principal;
import java.util.List;
import java.util.UUID;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Someone whose password was right but who still owes a security code. The session holds this with the single
 * authority {@link #AUTHORITY}: no {@code SIGNED_IN}, no roles, so every page but the code pages refuses them.
 *
 * @param enrolled whether they have a TOTP secret yet; if not, their area requires one and they set it up first
 */
record PendingSignIn(UUID userId, String username, boolean enrolled) implements Principal, Serializable {

	static final String AUTHORITY = "SECOND_FACTOR_PENDING";

	static final String CODE_PAGE = "/sign-in/code";

	static final String SET_UP_PAGE = "/sign-in/set-up-code";

	/** The opaque id, as for a signed-in actor, so the session table holds no names. */
	@Override
	public String getName() {
		return "user:" + this.userId;
	}

	String nextPage() {
		return this.enrolled ? CODE_PAGE : SET_UP_PAGE;
	}

	UsernamePasswordAuthenticationToken asAuthentication() {
		return UsernamePasswordAuthenticationToken.authenticated(this, null,
				List.of(new SimpleGrantedAuthority(AUTHORITY)));
	}

}
