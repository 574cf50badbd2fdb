package tandem.cases;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import tandem.agency.Actor;

/**
 * Cases for agency systems, under the same need-to-know rules as the pages: an agency sees what it is involved in.
 * Agency systems cannot break glass (that needs a person and a written reason), so any other case is not found.
 */
@RestController
class CaseApi {

	private final CaseGate gate;

	CaseApi(CaseGate gate) {
		this.gate = gate;
	}

	@PreAuthorize("isAuthenticated()")
	@GetMapping("/api/v1/cases/{id}")
	CaseSummaryResponse read(@PathVariable String id, Actor actor) {
		if (this.gate.read(actor, id) instanceof CaseSight.Visible visible) {
			return CaseSummaryResponse.of(visible.details());
		}
		throw problem(HttpStatus.NOT_FOUND, "There is no case with this id that you may see.");
	}

	private static ErrorResponseException problem(HttpStatus status, String detail) {
		return new ErrorResponseException(status, ProblemDetail.forStatusAndDetail(status, detail), null);
	}

}
