package tandem.signin;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;

/**
 * Someone who still owes a security code is sent back to that step from any other page; everyone else refused gets
 * the plain 403 page.
 */
class PendingSecondFactorRedirect implements AccessDeniedHandler {

	private final AccessDeniedHandler refusal = new AccessDeniedHandlerImpl();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refused)
			throws IOException, ServletException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof PendingSignIn pending) {
			response.sendRedirect(request.getContextPath() + pending.nextPage());
			return;
		}
		this.refusal.handle(request, response, refused);
	}

}
