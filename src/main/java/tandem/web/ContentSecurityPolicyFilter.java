package tandem.web;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A strict Content Security Policy on every response: only our own scripts and styles, and inline script only with
 * this request's nonce (the one GOV.UK Frontend needs to mark the page as JavaScript-enabled).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ContentSecurityPolicyFilter extends OncePerRequestFilter {

	/** Request attribute, and so Thymeleaf variable, holding the nonce. */
	static final String NONCE = "cspNonce";

	private final SecureRandom random = new SecureRandom();

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		byte[] bytes = new byte[18];
		this.random.nextBytes(bytes);
		String nonce = Base64.getEncoder().encodeToString(bytes);
		request.setAttribute(NONCE, nonce);
		response.setHeader("Content-Security-Policy", "default-src 'self'; script-src 'self' 'nonce-" + nonce + "'; "
				+ "style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
				+ "base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
		chain.doFilter(request, response);
	}

}
