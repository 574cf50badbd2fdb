package tandem.referral;

import java.time.Clock;
import java.time.Instant;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.agency.Actor;

/** Submits an API referral and keeps its answer under the client's Idempotency-Key, in one transaction. */
@Service
class IdempotentSubmission {

	private final ReferralIntake intake;

	private final IdempotencyRecords records;

	private final JsonMapper json;

	private final Clock clock;

	IdempotentSubmission(ReferralIntake intake, IdempotencyRecords records, JsonMapper json, Clock clock) {
		this.intake = intake;
		this.records = records;
		this.json = json;
		this.clock = clock;
	}

	/** @return the outcome, serialised exactly as it was stored for replay */
	@Transactional
	public String submit(Actor actor, NewReferral referral, Route route, String key, byte[] digest) {
		ReferralOutcome outcome = this.intake.submit(actor, referral, Channel.API, route);
		String body = this.json.writeValueAsString(outcome);
		this.records.insert(actor.id(), key, digest, 201, body, Instant.now(this.clock));
		return body;
	}

}
