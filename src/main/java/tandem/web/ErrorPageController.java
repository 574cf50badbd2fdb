package tandem.web;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Every error that escapes a controller ends here: for a person, one plain page saying what happened and what to do;
 * for an agency system on the API, problem details. Never a stack trace or any data.
 */
@Controller
class ErrorPageController implements ErrorController {

	@PermitAll
	@RequestMapping("/error")
	Object error(HttpServletRequest request, Model model) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus resolved = HttpStatus.resolve(code instanceof Integer value ? value : 500);
		HttpStatus status = resolved == null ? HttpStatus.INTERNAL_SERVER_ERROR : resolved;
		if (ErrorPageAdvice.isApi(String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)),
				request.getContextPath())) {
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(
					ProblemDetail.forStatusAndDetail(status, status.is5xxServerError()
							? "Something went wrong in Tandem. Nothing was saved; try again." : status.getReasonPhrase()));
		}
		model.addAttribute("status", status);
		return "web/error";
	}

}
