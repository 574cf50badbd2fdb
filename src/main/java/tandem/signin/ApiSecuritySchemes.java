package tandem.signin;

import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.OAuthFlow;
import io.swagger.v3.oas.annotations.security.OAuthFlows;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

import org.springframework.context.annotation.Configuration;

/** How the OpenAPI description tells agency systems to authenticate (API.md, "Authentication"). */
@Configuration(proxyBeanMethods = false)
@SecurityScheme(name = ApiSecuritySchemes.CLIENT_CREDENTIALS, type = SecuritySchemeType.OAUTH2,
		description = "Tandem's own tokens: the client id and secret an administrator registered for your agency",
		flows = @OAuthFlows(clientCredentials = @OAuthFlow(tokenUrl = "/oauth2/token")))
@SecurityScheme(name = ApiSecuritySchemes.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
		bearerFormat = "JWT", description = "A JWT from the partnership's configured external issuer")
class ApiSecuritySchemes {

	static final String CLIENT_CREDENTIALS = "clientCredentials";

	static final String BEARER = "externalIssuer";

}
