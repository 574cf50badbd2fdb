package tandem.signin;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;

import tandem.agency.Actor;
import tandem.agency.AgencyRef;
import tandem.agency.Role;

/**
 * JWTs from the configured external issuer, mapped to an agency system's {@link Actor}: the agency and roles come
 * from claims. A valid token naming no known agency, or no valid role, is refused like an invalid one.
 */
final class ExternalIssuerTokens {

	private final ExternalIssuerProperties properties;

	private final AgencyDirectory agencies;

	private final SignInAudit audit;

	private ExternalIssuerTokens(ExternalIssuerProperties properties, AgencyDirectory agencies, SignInAudit audit) {
		this.properties = properties;
		this.agencies = agencies;
		this.audit = audit;
	}

	static AuthenticationProvider provider(String issuerUri, ExternalIssuerProperties properties,
			AgencyDirectory agencies, SignInAudit audit) {
		JwtAuthenticationProvider provider = new JwtAuthenticationProvider(decoder(issuerUri, properties));
		provider.setJwtAuthenticationConverter(new ExternalIssuerTokens(properties, agencies, audit)::authenticate);
		return provider;
	}

	/** Fetches the issuer's metadata at first use, so Tandem starts even while the issuer is unreachable. */
	private static JwtDecoder decoder(String issuerUri, ExternalIssuerProperties properties) {
		return new SupplierJwtDecoder(() -> {
			NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(issuerUri).build();
			OAuth2TokenValidator<Jwt> validator = JwtValidators.createDefaultWithIssuer(issuerUri);
			String audience = properties.audience();
			if (audience != null) {
				validator = new DelegatingOAuth2TokenValidator<>(validator, new JwtClaimValidator<List<String>>(
						JwtClaimNames.AUD, aud -> aud != null && aud.contains(audience)));
			}
			decoder.setJwtValidator(validator);
			return decoder;
		});
	}

	private AbstractAuthenticationToken authenticate(Jwt jwt) {
		String subject = jwt.getIssuer() + "|" + jwt.getSubject();
		Optional<AgencyRef> agency = ClaimValues.text(jwt.getClaim(this.properties.agencyClaim()))
			.flatMap(this.agencies::find);
		if (agency.isEmpty()) {
			throw refused(subject, "unknown agency");
		}
		Set<Role> roles = jwt.hasClaim(this.properties.rolesClaim())
				? ClaimValues.roles(jwt.getClaim(this.properties.rolesClaim())) : Set.of(Role.REFERRER);
		if (roles.isEmpty()) {
			throw refused(subject, "no valid roles");
		}
		String name = ClaimValues.text(jwt.getClaim("azp")).orElse(String.valueOf(jwt.getSubject()));
		Actor actor = new Actor("client:" + subject, name, agency.get(), roles, Actor.Kind.API_CLIENT, null);
		return SignedIn.apiClient(actor);
	}

	private InvalidBearerTokenException refused(String subject, String reason) {
		this.audit.refused(subject, "external token: " + reason);
		return new InvalidBearerTokenException("The token does not identify a Tandem agency system");
	}

}
