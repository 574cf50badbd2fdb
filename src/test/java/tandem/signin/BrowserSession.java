package tandem.signin;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Carries cookies from one MockMvc request to the next, as a browser does. Sessions live in PostgreSQL (Spring
 * Session, found by its cookie), so MockMvc's own in-memory session would not reach them.
 */
final class BrowserSession {

	private final MockMvc mvc;

	private final Map<String, Cookie> cookies = new LinkedHashMap<>();

	BrowserSession(MockMvc mvc) {
		this.mvc = mvc;
	}

	ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
		if (!this.cookies.isEmpty()) {
			request.cookie(this.cookies.values().toArray(Cookie[]::new));
		}
		ResultActions result = this.mvc.perform(request);
		for (Cookie fresh : result.andReturn().getResponse().getCookies()) {
			if (fresh.getMaxAge() == 0) {
				this.cookies.remove(fresh.getName());
			}
			else {
				this.cookies.put(fresh.getName(), fresh);
			}
		}
		return result;
	}

}
