package tandem.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Spring MVC answers its own errors (no such address, an id that is not an id, a wrong method, a
 * {@code ResponseStatusException}) with {@code application/problem+json}. That is right for the API and wrong for a
 * person, who would see raw JSON instead of a page. So outside the API the status goes to the error page; the
 * API keeps its problem details. Replaces Spring Boot's own handler, which stands back when this one exists.
 */
@ControllerAdvice
@Order(0)
class ErrorPageAdvice extends ResponseEntityExceptionHandler {

	@Override
	protected @Nullable ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (request instanceof ServletWebRequest servlet && servlet.getResponse() != null
				&& !isApi(servlet.getRequest().getRequestURI(), servlet.getRequest().getContextPath())) {
			return sendToErrorPage(servlet.getResponse(), status);
		}
		return super.handleExceptionInternal(ex, body, headers, status, request);
	}

	/** The same addresses as the API's security filter chain. */
	static boolean isApi(String requestUri, String contextPath) {
		String path = requestUri.startsWith(contextPath) ? requestUri.substring(contextPath.length()) : requestUri;
		return path.startsWith("/api/") || path.equals("/oauth2/token");
	}

	private static @Nullable ResponseEntity<Object> sendToErrorPage(HttpServletResponse response, HttpStatusCode status) {
		try {
			response.sendError(status.value());
			return null;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
