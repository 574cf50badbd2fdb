package tandem.signin;

import java.util.List;

import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import tandem.agency.Actor;

/**
 * The identity provider's user, carrying the {@link Actor} it was mapped to. It lives only until the sign-in
 * completes, when the session gets {@link SignedIn#fully} for the actor instead.
 */
class SingleSignOnUser extends DefaultOidcUser {

	private static final long serialVersionUID = 1L;

	private final Actor actor;

	SingleSignOnUser(Actor actor, OidcUser user) {
		super(List.of(), user.getIdToken(), user.getUserInfo());
		this.actor = actor;
	}

	Actor actor() {
		return this.actor;
	}

	/** The opaque actor id, never the person's name. */
	@Override
	public String getName() {
		return this.actor.getName();
	}

}
