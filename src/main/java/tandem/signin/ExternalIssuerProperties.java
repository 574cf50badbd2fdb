package tandem.signin;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * An external OIDC issuer whose JWTs agency systems may use on the API instead of Tandem's own tokens.
 *
 * @param issuerUri the issuer; none configured means only Tandem's own tokens are accepted
 * @param audience when set, a token must name it in {@code aud}
 * @param agencyClaim the claim holding the agency's qualified code, e.g. {@code north-police}
 * @param rolesClaim the claim listing Tandem role names; without it the system acts as a referrer
 */
@ConfigurationProperties("tandem.api.external-issuer")
record ExternalIssuerProperties(@Nullable String issuerUri, @Nullable String audience,
		@DefaultValue("tandem_agency") String agencyClaim, @DefaultValue("tandem_roles") String rolesClaim) {
}
