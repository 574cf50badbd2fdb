package tandem.referral;

import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import tandem.agency.Actor;
import tandem.cases.CaseGate;
import tandem.cases.CaseSight;

/**
 * Referrals from agency systems (design/API.md). A retry with the same Idempotency-Key and body returns the first
 * answer, even when the two arrive at once; invalid input is refused with every wrong field listed and nothing
 * written.
 */
@Tag(name = "Referrals", description = "Refer a victim with the Dash risk checklist and read back the outcome")
@RestController
class ReferralApi {

	private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,255}");

	private final ReferralValidator validator;

	private final IdempotentSubmission submission;

	private final IdempotencyRecords records;

	private final ReferralIntake intake;

	private final Referrals referrals;

	private final CaseGate gate;

	private final JsonMapper json;

	private final IntakeAdmission admission;

	ReferralApi(ReferralValidator validator, IdempotentSubmission submission, IdempotencyRecords records,
			ReferralIntake intake, Referrals referrals, CaseGate gate, JsonMapper json, IntakeAdmission admission) {
		this.validator = validator;
		this.submission = submission;
		this.records = records;
		this.intake = intake;
		this.referrals = referrals;
		this.gate = gate;
		this.json = json;
		this.admission = admission;
	}

	@Operation(summary = "Refer a victim", description = "Scores the Dash checklist, applies the area's MARAC criteria "
			+ "and routes the referral. Send an Idempotency-Key to make retries safe.")
	@RequestBody(content = @io.swagger.v3.oas.annotations.media.Content(
			schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = ReferralRequest.class)))
	@PreAuthorize("hasRole('REFERRER')")
	@PostMapping(path = "/api/v1/referrals", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> submit(Actor actor, @org.springframework.web.bind.annotation.RequestBody byte[] body,
			@Parameter(description = "Any unique string up to 255 characters; a retry sends the same one")
			@RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key) {
		ReferralRequest request = parse(body);
		ReferralValidator.Result result = this.validator.validate(request);
		NewReferral referral = result.referral().orElseThrow(() -> invalid(result.problems()));
		Route route = onwardRoute(body);
		if (key == null) {
			return created(toJson(submitWithoutKey(actor, referral, route)));
		}
		if (!KEY.matcher(key).matches()) {
			throw invalid(List.of(new FieldProblem("Idempotency-Key", "Use 1 to 255 visible ASCII characters")));
		}
		byte[] digest = sha256(body);
		Optional<IdempotencyRecords.Stored> earlier = this.records.find(actor.id(), key);
		if (earlier.isPresent()) {
			return replay(earlier.get(), digest);
		}
		try {
			return created(this.admission.admit(() -> ConcurrentChangeRetry
				.attempt(() -> this.submission.submit(actor, referral, route, key, digest))));
		}
		catch (DuplicateKeyException twinCommittedFirst) {
			return replay(this.records.find(actor.id(), key).orElseThrow(), digest);
		}
		catch (ReferralIntake.UnknownArea unknown) {
			throw invalid(List.of(new FieldProblem("area", "There is no area with this code")));
		}
	}

	@Operation(summary = "Read a referral's outcome", description = "Only for agencies that may see the case.")
	@PreAuthorize("isAuthenticated()")
	@GetMapping(path = "/api/v1/referrals/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	ReferralOutcome read(@PathVariable String id, Actor actor) {
		Optional<ReferralOutcome> outcome = parseId(id).flatMap(this.referrals::outcome);
		if (outcome.isEmpty() || !(this.gate.read(actor, outcome.get().caseId().toString()) instanceof CaseSight.Visible)) {
			throw new ErrorResponseException(HttpStatus.NOT_FOUND,
					ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "There is no referral with this id that you may see."),
					null);
		}
		return outcome.get();
	}

	private ReferralOutcome submitWithoutKey(Actor actor, NewReferral referral, Route route) {
		try {
			return this.admission
				.admit(() -> ConcurrentChangeRetry.attempt(() -> this.intake.submit(actor, referral, Channel.API, route)));
		}
		catch (ReferralIntake.UnknownArea unknown) {
			throw invalid(List.of(new FieldProblem("area", "There is no area with this code")));
		}
	}

	private ResponseEntity<String> replay(IdempotencyRecords.Stored stored, byte[] digest) {
		if (!stored.sameRequest(digest)) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
					"This Idempotency-Key was already used with a different request. Use a new key for a new referral.");
			throw new ErrorResponseException(HttpStatus.UNPROCESSABLE_CONTENT, problem, null);
		}
		return ResponseEntity.status(stored.status()).header("Idempotent-Replayed", "true")
			.contentType(MediaType.APPLICATION_JSON).body(stored.body());
	}

	private ResponseEntity<String> created(String outcomeJson) {
		UUID id = UUID.fromString(this.json.readTree(outcomeJson).get("id").asString());
		return ResponseEntity.created(URI.create("/api/v1/referrals/" + id)).contentType(MediaType.APPLICATION_JSON)
			.body(outcomeJson);
	}

	private String toJson(ReferralOutcome outcome) {
		return this.json.writeValueAsString(outcome);
	}

	private ReferralRequest parse(byte[] body) {
		try {
			return this.json.readValue(body, ReferralRequest.class);
		}
		catch (JacksonException ex) {
			String field = ex.getPath().isEmpty() ? "body" : path(ex.getPath());
			throw invalid(List.of(new FieldProblem(field, ex.getPath().isEmpty()
					? "The body must be a JSON referral object" : "This value has the wrong type")));
		}
	}

	/** The referrer's onward route below the threshold, an addition to API.md's body ({@code "onwardRoute"}). */
	private Route onwardRoute(byte[] body) {
		var node = this.json.readTree(body).get("onwardRoute");
		if (node == null || node.isNull()) {
			return Route.TRIAGE;
		}
		try {
			return Route.valueOf(node.asString());
		}
		catch (IllegalArgumentException ex) {
			throw invalid(List.of(new FieldProblem("onwardRoute", "Must be one of IDVA_SERVICE, SPECIALIST_SERVICE, TRIAGE")));
		}
	}

	private static String path(List<JacksonException.Reference> references) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : references) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	static ErrorResponseException invalid(List<FieldProblem> problems) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				"The referral was not accepted: " + problems.size() + (problems.size() == 1 ? " field needs" : " fields need")
						+ " correcting. Nothing was saved.");
		problem.setTitle("Invalid referral");
		problem.setProperty("errors", problems.stream().map(p -> Map.of("field", p.field(), "message", p.message())).toList());
		return new ErrorResponseException(HttpStatus.UNPROCESSABLE_CONTENT, problem, null);
	}

	private static Optional<UUID> parseId(String id) {
		try {
			return Optional.of(UUID.fromString(id));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static byte[] sha256(byte[] body) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(body);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
