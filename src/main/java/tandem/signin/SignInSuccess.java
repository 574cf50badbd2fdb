package tandem.signin;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * Where sign-in goes next. After the password: the security code step when one is owed, otherwise home. After single
 * sign-on: the session gets the mapped actor, then home.
 */
@Component
class SignInSuccess implements AuthenticationSuccessHandler {

	private final SignInCompletion completion;

	SignInSuccess(SignInCompletion completion) {
		this.completion = completion;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException {
		String next = "/";
		if (authentication.getPrincipal() instanceof PendingSignIn pending) {
			next = pending.nextPage();
		}
		else if (authentication.getPrincipal() instanceof SingleSignOnUser user) {
			this.completion.complete(user.actor(), request, response);
		}
		response.sendRedirect(request.getContextPath() + next);
	}

}
