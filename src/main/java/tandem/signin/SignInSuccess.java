package tandem.signin;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

/** After the password: to the security code step when one is owed, otherwise home. */
class SignInSuccess implements AuthenticationSuccessHandler {

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException {
		String next = authentication.getPrincipal() instanceof PendingSignIn pending ? pending.nextPage() : "/";
		response.sendRedirect(request.getContextPath() + next);
	}

}
