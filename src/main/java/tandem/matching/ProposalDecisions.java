package tandem.matching;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.agency.Actor;
import tandem.audit.AuditAction;
import tandem.audit.AuditEvent;
import tandem.audit.AuditLog;
import tandem.person.PeopleCombined;
import tandem.person.PeopleSeparated;
import tandem.person.PersonLinks;

/**
 * A coordinator's decisions on a pair: confirm (the records are combined), reject, or separate a confirmed pair again.
 * Each is taken only on the version of the pair the coordinator saw, so of two coordinators deciding at once the
 * second is told and nothing of the first's decision is overwritten.
 */
@Service
class ProposalDecisions {

	/** Someone else decided the pair, or changed the records' combination, first; nothing was written. */
	static final class DecidedMeanwhile extends RuntimeException {

		DecidedMeanwhile() {
			super("The pair was decided meanwhile");
		}

	}

	/** A later combination took one of these records along: it must be separated first. Nothing was written. */
	static final class LaterCombination extends RuntimeException {

		LaterCombination() {
			super("A later combination involves these records");
		}

	}

	private final JdbcClient jdbc;

	private final PersonLinks links;

	private final ApplicationEventPublisher events;

	private final AuditLog audit;

	private final Clock clock;

	ProposalDecisions(JdbcClient jdbc, PersonLinks links, ApplicationEventPublisher events, AuditLog audit,
			Clock clock) {
		this.jdbc = jdbc;
		this.links = links;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	/** The two records are one person: combines them (unless already one) and audits both as a combination. */
	@Transactional
	public void confirm(Actor actor, MatchProposal proposal, String reason, int version) {
		decide(actor, proposal, MatchProposal.Status.CONFIRMED, reason, version);
		PersonLinks.Combination combination;
		try {
			combination = this.links.combine(proposal.personLow(), proposal.personHigh()).orElse(null);
		}
		catch (PersonLinks.ChangedMeanwhile ex) {
			throw new DecidedMeanwhile();
		}
		if (combination == null) {
			return;
		}
		this.jdbc.sql("update match_proposal set kept_person = :kept, combined_person = :combined where id = :id")
			.param("kept", combination.kept()).param("combined", combination.combined()).param("id", proposal.id())
			.update();
		for (UUID repointed : combination.repointed()) {
			this.jdbc.sql("insert into match_proposal_repointed (proposal_id, person_id) values (:id, :person)")
				.param("id", proposal.id()).param("person", repointed).update();
		}
		auditBoth(actor, AuditAction.MERGE, combination, proposal.id());
		this.events.publishEvent(new PeopleCombined(combination.kept(), combination.combined()));
	}

	/** The two records are different people; the pair is never proposed again. */
	@Transactional
	public void reject(Actor actor, MatchProposal proposal, String reason, int version) {
		decide(actor, proposal, MatchProposal.Status.REJECTED, reason, version);
		this.audit.record(AuditEvent.success(actor.asAuditActor(), AuditAction.CHANGE, "match-proposal", proposal.id())
			.withDetail("not the same person"));
	}

	/** Undoes the pair's combination exactly; the pair is not proposed again. */
	@Transactional
	public void separate(Actor actor, MatchProposal proposal, String reason, int version) {
		PersonLinks.Combination combination = proposal.combination();
		int changed = this.jdbc.sql("""
				update match_proposal set status = 'SEPARATED', separated_by_user_id = :user, separated_at = :now,
				    separation_reason = :reason, version = version + 1
				where id = :id and version = :version and status = 'CONFIRMED' and kept_person is not null
				""")
			.param("user", actor.userId()).param("now", Timestamp.from(Instant.now(this.clock)))
			.param("reason", reason).param("id", proposal.id()).param("version", version)
			.update();
		if (changed == 0 || combination == null) {
			throw new DecidedMeanwhile();
		}
		try {
			this.links.separate(combination);
		}
		catch (PersonLinks.ChangedMeanwhile ex) {
			throw new LaterCombination();
		}
		auditBoth(actor, AuditAction.UNMERGE, combination, proposal.id());
		this.events.publishEvent(new PeopleSeparated(combination.kept(), combination.combined()));
	}

	private void decide(Actor actor, MatchProposal proposal, MatchProposal.Status status, String reason, int version) {
		int changed = this.jdbc.sql("""
				update match_proposal set status = :status, decided_by_user_id = :user, decided_at = :now,
				    reason = :reason, version = version + 1
				where id = :id and version = :version and status = 'OPEN'
				""")
			.param("status", status.name()).param("user", actor.userId())
			.param("now", Timestamp.from(Instant.now(this.clock))).param("reason", reason)
			.param("id", proposal.id()).param("version", version)
			.update();
		if (changed == 0) {
			throw new DecidedMeanwhile();
		}
	}

	/** Both records are audited, so each person's own trail shows the combination or separation. */
	private void auditBoth(Actor actor, AuditAction action, PersonLinks.Combination combination, UUID proposalId) {
		for (UUID person : new UUID[] { combination.kept(), combination.combined() }) {
			this.audit.record(AuditEvent.success(actor.asAuditActor(), action, "person", person)
				.withDetail("match proposal " + proposalId));
		}
	}

}
