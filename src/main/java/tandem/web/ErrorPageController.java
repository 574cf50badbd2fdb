package tandem.web;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/** One plain page for every error: what happened and what to do, never a stack trace or any data. */
@Controller
class ErrorPageController implements ErrorController {

	@PermitAll
	@RequestMapping("/error")
	String error(HttpServletRequest request, Model model) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = HttpStatus.resolve(code instanceof Integer value ? value : 500);
		model.addAttribute("status", status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status);
		return "web/error";
	}

}
