package tandem.directory;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import tandem.agency.Actor;

/**
 * A service's own system reads the referrals made to its agency's services and where each stands. It sees what each
 * referral shares and nothing more of the case; a referral to another agency is not found.
 */
@Tag(name = "Service referrals", description = "Onward referrals to your agency's services and their status")
@RestController
class ServiceReferralApi {

	private final IncomingReferrals reading;

	ServiceReferralApi(IncomingReferrals reading) {
		this.reading = reading;
	}

	@Operation(summary = "List incoming referrals", description = "The newest 200 referrals to the calling agency's "
			+ "services, with what each shares and its status (SENT, ACCEPTED, DECLINED, CLOSED).")
	@PreAuthorize("isAuthenticated()")
	@GetMapping(path = "/api/v1/service-referrals", produces = MediaType.APPLICATION_JSON_VALUE)
	List<IncomingReferral> incoming(Actor actor) {
		return this.reading.forAgency(actor);
	}

	@Operation(summary = "Read one incoming referral", description = "404 unless it was made to one of the calling "
			+ "agency's services.")
	@PreAuthorize("isAuthenticated()")
	@GetMapping(path = "/api/v1/service-referrals/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	IncomingReferral referral(@PathVariable String id, Actor actor) {
		return this.reading.incoming(actor, id).orElseThrow(() -> new ErrorResponseException(HttpStatus.NOT_FOUND,
				ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
						"There is no referral with this id to your agency's services."), null));
	}

}
