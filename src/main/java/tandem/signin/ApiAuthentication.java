package tandem.signin;

import java.time.Clock;

import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * Authenticates API bearer tokens: Tandem's own opaque tokens (from {@code /oauth2/token}), and JWTs from the
 * external issuer when one is configured. The principal is always the agency system's {@code Actor}.
 */
@Component
class ApiAuthentication {

	private final ApiTokens tokens;

	private final Clock clock;

	private final @Nullable AuthenticationProvider externalIssuer;

	ApiAuthentication(ApiTokens tokens, Clock clock, ExternalIssuerProperties external, AgencyDirectory agencies,
			SignInAudit audit) {
		this.tokens = tokens;
		this.clock = clock;
		String issuerUri = external.issuerUri();
		this.externalIssuer = issuerUri == null || issuerUri.isBlank() ? null
				: ExternalIssuerTokens.provider(issuerUri, external, agencies, audit);
	}

	/**
	 * Used as the resource server's authentication manager. Deliberately not an {@code AuthenticationManager}
	 * bean: Spring Security would make one the parent of every filter chain, including the pages'.
	 */
	Authentication authenticate(Authentication authentication) {
		if (!(authentication instanceof BearerTokenAuthenticationToken bearer)) {
			throw new InvalidBearerTokenException("Not a bearer token");
		}
		String token = bearer.getToken();
		if (isJwt(token)) {
			if (this.externalIssuer == null) {
				throw new InvalidBearerTokenException("Unknown token");
			}
			return this.externalIssuer.authenticate(bearer);
		}
		return this.tokens.holderOf(token, this.clock.instant())
			.map(SignedIn::apiClient)
			.orElseThrow(() -> new InvalidBearerTokenException("Unknown or expired token"));
	}

	/** Our own tokens are base64url without dots; a JWT is three dot-separated parts. */
	private static boolean isJwt(String token) {
		return token.chars().filter(c -> c == '.').count() == 2;
	}

}
