package tandem.signin;

import java.util.Optional;
import java.util.Set;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

import tandem.agency.Actor;
import tandem.agency.AgencyRef;
import tandem.agency.Role;

/**
 * Maps a single sign-on user to an {@link Actor}: the agency and roles come from configurable claims of the
 * identity provider. An unknown agency, no valid roles or an account Tandem has disabled refuse the sign-in, and the
 * refusal is audited; the person sees the sign-in page's one generic message.
 */
@Component
class SingleSignOnUsers extends OidcUserService {

	private final SingleSignOnProperties claims;

	private final AgencyDirectory agencies;

	private final SingleSignOnProvisioning provisioning;

	private final SignInAudit audit;

	SingleSignOnUsers(SingleSignOnProperties claims, AgencyDirectory agencies, SingleSignOnProvisioning provisioning,
			SignInAudit audit) {
		this.claims = claims;
		this.agencies = agencies;
		this.provisioning = provisioning;
		this.audit = audit;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser user = super.loadUser(request);
		String subject = user.getIssuer() + "|" + user.getSubject();
		Optional<AgencyRef> agency = ClaimValues.text(user.getClaim(this.claims.agencyClaim()))
			.flatMap(this.agencies::find);
		if (agency.isEmpty()) {
			throw refused(subject, "unknown agency");
		}
		Set<Role> roles = ClaimValues.roles(user.getClaim(this.claims.rolesClaim()));
		if (roles.isEmpty()) {
			throw refused(subject, "no valid roles");
		}
		Actor actor = this.provisioning.provision(subject, displayName(user), agency.get(), roles)
			.orElseThrow(() -> refused(subject, "account disabled"));
		return new SingleSignOnUser(actor, user);
	}

	private OAuth2AuthenticationException refused(String subject, String reason) {
		this.audit.refused(subject, "single sign-on: " + reason);
		return new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.ACCESS_DENIED));
	}

	private static String displayName(OidcUser user) {
		return ClaimValues.text(user.getFullName())
			.or(() -> ClaimValues.text(user.getPreferredUsername()))
			.orElse(user.getSubject());
	}

}
