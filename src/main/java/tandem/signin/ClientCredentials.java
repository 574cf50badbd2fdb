package tandem.signin;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.util.MultiValueMap;

/**
 * How an agency system authenticates at the token endpoint (RFC 6749 section 2.3.1): HTTP Basic, or
 * {@code client_id} and {@code client_secret} in the form, never both.
 */
record ClientCredentials(String clientId, String secret) {

	/** Thrown for a request that uses both methods, repeats a parameter or has a malformed header. */
	static final class Malformed extends RuntimeException {

		private static final long serialVersionUID = 1L;

		Malformed(String message) {
			super(message);
		}

	}

	/** The credentials presented, or empty when there are none. */
	static Optional<ClientCredentials> from(@Nullable String authorization, MultiValueMap<String, String> form) {
		boolean inForm = form.containsKey("client_secret");
		if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			if (inForm) {
				throw new Malformed("Use one way to authenticate the client");
			}
			return Optional.of(basic(authorization.substring(6).strip()));
		}
		if (!inForm) {
			return Optional.empty();
		}
		return Optional.of(new ClientCredentials(single(form, "client_id"), single(form, "client_secret")));
	}

	/** A parameter that must appear at most once; empty text when absent. */
	static String single(MultiValueMap<String, String> form, String name) {
		List<String> values = form.getOrDefault(name, List.of());
		if (values.size() > 1) {
			throw new Malformed("Parameter " + name + " is repeated");
		}
		return values.isEmpty() ? "" : values.getFirst();
	}

	private static ClientCredentials basic(String encoded) {
		String decoded;
		try {
			decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw new Malformed("Authorization header is not valid Basic");
		}
		int colon = decoded.indexOf(':');
		if (colon < 0) {
			throw new Malformed("Authorization header is not valid Basic");
		}
		// Basic credentials are form-encoded before base64 (RFC 6749 section 2.3.1).
		return new ClientCredentials(URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
				URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8));
	}

}
