package tandem.cases;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;

/** Refusals rendered as the application's own error page, so a hidden case looks like any missing page. */
final class CasePages {

	private static final String ERROR_VIEW = "web/error";

	private CasePages() {
	}

	static String notFound(Model model, HttpServletResponse response) {
		return error(HttpStatus.NOT_FOUND, model, response);
	}

	static String forbidden(Model model, HttpServletResponse response) {
		return error(HttpStatus.FORBIDDEN, model, response);
	}

	private static String error(HttpStatus status, Model model, HttpServletResponse response) {
		response.setStatus(status.value());
		model.addAttribute("status", status);
		return ERROR_VIEW;
	}

}
