package tandem.signin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which claims of the identity provider's ID token carry the agency (its qualified code, e.g. {@code north-police})
 * and the roles (Tandem role names). The provider itself is configured by Spring's
 * {@code spring.security.oauth2.client.*} properties.
 */
@ConfigurationProperties("tandem.signin.oidc")
record SingleSignOnProperties(@DefaultValue("tandem_agency") String agencyClaim,
		@DefaultValue("tandem_roles") String rolesClaim) {
}
