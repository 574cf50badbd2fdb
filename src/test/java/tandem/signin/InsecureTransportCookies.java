package tandem.signin;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A cookie store for tests over plain http. java.net rightly never sends a {@code Secure} cookie over http, and a test
 * server has no TLS, so the attribute is dropped on the way in; the application's real cookie settings stay as they
 * are in production (and a test asserts them from the raw headers).
 */
final class InsecureTransportCookies extends CookieHandler {

	private final CookieManager store = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

	@Override
	public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
		return this.store.get(uri, requestHeaders);
	}

	@Override
	public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
		Map<String, List<String>> withoutSecure = new LinkedHashMap<>();
		responseHeaders.forEach((name, values) -> withoutSecure.put(name, name != null && name.equalsIgnoreCase("Set-Cookie")
				? values.stream().map(value -> value.replaceAll("(?i);\\s*Secure(?=;|$)", "")).toList() : values));
		this.store.put(uri, withoutSecure);
	}

}
