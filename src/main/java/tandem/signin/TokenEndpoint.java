package tandem.signin;

import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.annotation.security.PermitAll;

import org.jspecify.annotations.Nullable;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /oauth2/token}: the OAuth2 client-credentials grant (RFC 6749 section 4.4) for agency systems. */
@RestController
class TokenEndpoint {

	static final String CLIENT_CREDENTIALS = "client_credentials";

	private final TokenIssuance issuance;

	TokenEndpoint(TokenIssuance issuance) {
		this.issuance = issuance;
	}

	@PermitAll
	@PostMapping(path = "/oauth2/token", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> token(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) @Nullable String authorization,
			@RequestParam MultiValueMap<String, String> form) {
		Optional<ClientCredentials> credentials;
		String grantType;
		try {
			credentials = ClientCredentials.from(authorization, form);
			grantType = ClientCredentials.single(form, "grant_type");
		}
		catch (ClientCredentials.Malformed ex) {
			return error(HttpStatus.BAD_REQUEST, "invalid_request", ex.getMessage());
		}
		if (grantType.isEmpty()) {
			return error(HttpStatus.BAD_REQUEST, "invalid_request", "grant_type is required");
		}
		if (credentials.isEmpty()) {
			this.issuance.refused("", "no client authentication");
			return invalidClient();
		}
		Optional<ApiClients.RegisteredClient> client = this.issuance.authenticate(credentials.get().clientId(),
				credentials.get().secret());
		if (client.isEmpty()) {
			return invalidClient();
		}
		if (!CLIENT_CREDENTIALS.equals(grantType)) {
			return error(HttpStatus.BAD_REQUEST, "unsupported_grant_type", "Only client_credentials is supported");
		}
		TokenIssuance.IssuedToken token = this.issuance.issue(client.get());
		return noStore(ResponseEntity.ok()).body(new TokenResponse(token.value(), "Bearer", token.expiresInSeconds()));
	}

	private static ResponseEntity<TokenError> invalidClient() {
		return noStore(ResponseEntity.status(HttpStatus.UNAUTHORIZED))
			.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"tandem\"")
			.body(new TokenError("invalid_client", "Client authentication failed"));
	}

	private static ResponseEntity<TokenError> error(HttpStatus status, String code, String description) {
		return noStore(ResponseEntity.status(status)).body(new TokenError(code, description));
	}

	private static ResponseEntity.BodyBuilder noStore(ResponseEntity.BodyBuilder response) {
		return response.cacheControl(CacheControl.noStore()).header(HttpHeaders.PRAGMA, "no-cache");
	}

	record TokenResponse(@JsonProperty("access_token") String accessToken, @JsonProperty("token_type") String tokenType,
			@JsonProperty("expires_in") long expiresIn) {
	}

	record TokenError(String error, @JsonProperty("error_description") String description) {
	}

}
