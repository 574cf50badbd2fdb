package tandem.signin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import tandem.agency.Actor;

/** Lets an agency system check its set-up: which agency Tandem takes its token to speak for. */
@RestController
@Tag(name = "Set-up", description = "Checking that an agency system is connected")
class AgencyApi {

	@PreAuthorize("hasAuthority('API_CLIENT')")
	@GetMapping("/api/v1/agency")
	@Operation(summary = "The calling agency",
			description = "The agency the bearer token speaks for. Use it to check a new connection.",
			security = { @SecurityRequirement(name = ApiSecuritySchemes.CLIENT_CREDENTIALS),
					@SecurityRequirement(name = ApiSecuritySchemes.BEARER) })
	@ApiResponse(responseCode = "200", description = "The calling agency")
	@ApiResponse(responseCode = "401", description = "No valid bearer token",
			content = @Content(mediaType = "application/problem+json"))
	CallingAgency agency(Actor actor) {
		return new CallingAgency(actor.agency().qualifiedCode(), actor.agency().name(), actor.agency().areaCode());
	}

	/**
	 * @param code the agency's qualified code, as in client ids and tokens
	 */
	@Schema(name = "CallingAgency")
	record CallingAgency(@Schema(example = "north-police") String code,
			@Schema(example = "North Police") String name, @Schema(example = "north") String area) {
	}

}
