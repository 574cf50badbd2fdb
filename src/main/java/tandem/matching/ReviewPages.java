package tandem.matching;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import tandem.agency.Actor;
import tandem.audit.AuditAction;
import tandem.audit.AuditEvent;
import tandem.audit.AuditLog;
import tandem.person.PersonDetails;
import tandem.person.PersonRecords;

/**
 * What the review pages show a coordinator, within ADR 0100: only pairs they may review, and of each record only what
 * deciding needs (names, aliases, date of birth, gender, where it is known). Every read is audited; a pair they may
 * not review is refused (audited) exactly as a pair that does not exist.
 */
@Service
class ReviewPages {

	/** The pair does not exist, or the coordinator may not review it: the same answer for both. */
	static final class NotReviewable extends ResponseStatusException {

		NotReviewable() {
			super(HttpStatus.NOT_FOUND);
		}

	}

	private final ProposalReads reads;

	private final PersonRecords people;

	private final AuditLog audit;

	ReviewPages(ProposalReads reads, PersonRecords people, AuditLog audit) {
		this.reads = reads;
		this.people = people;
		this.audit = audit;
	}

	/** One row of the queue. */
	record Row(UUID id, String first, String second, String likelihood, MatchProposals.Source source,
			Instant proposedAt) {
	}

	/** One record, as the side-by-side page shows it. */
	record Side(UUID id, String name, List<String> aliases, @Nullable LocalDate dateOfBirth, @Nullable String gender,
			List<ProposalReads.Appearance> appearances) {
	}

	record Pair(MatchProposal proposal, Side first, Side second) {

		/** What the records read as now, for a confirmed pair. */
		public @Nullable Side kept() {
			return this.first.id().equals(this.proposal.kept()) ? this.first
					: this.second.id().equals(this.proposal.kept()) ? this.second : null;
		}

	}

	/**
	 * A page of the coordinator's queue, oldest first: after a first duplicate check of several agencies' records an
	 * area may have tens of thousands of pairs waiting, too many to read or show at once. A page past the last shows
	 * the last.
	 */
	@Transactional
	public Queue queue(Actor actor, QueueOrder order, int page) {
		int total = this.reads.openCountFor(actor);
		int pages = Math.max(1, (total + Queue.PAIRS_PER_PAGE - 1) / Queue.PAIRS_PER_PAGE);
		int shown = Math.min(Math.max(1, page), pages);
		List<MatchProposal> open = this.reads.openFor(actor, order, (shown - 1) * Queue.PAIRS_PER_PAGE,
				Queue.PAIRS_PER_PAGE);
		Map<UUID, PersonDetails> details = this.people
			.details(open.stream().flatMap(p -> p.people().stream()).distinct().toList());
		this.audit.record(AuditEvent.success(actor.asAuditActor(), AuditAction.VIEW, "match-queue",
				actor.agency().areaId())
			.withDetail(open.size() + " pairs, page " + shown + " of " + pages + ", " + order.label().toLowerCase(Locale.ROOT)));
		return new Queue(open.stream()
			.map(p -> new Row(p.id(), details.get(p.personLow()).fullName(), details.get(p.personHigh()).fullName(),
					p.likelihood(), p.source(), p.proposedAt()))
			.toList(), order, total, shown, pages);
	}

	/**
	 * @param total every open pair the coordinator may review
	 * @param number this page's number, from 1
	 */
	public record Queue(List<Row> rows, QueueOrder order, int total, int number, int pages) {

		static final int PAIRS_PER_PAGE = 50;

		/** The orders offered, by name, for the page's select. */
		public Map<String, String> orders() {
			Map<String, String> orders = new LinkedHashMap<>();
			for (QueueOrder each : QueueOrder.values()) {
				orders.put(each.name(), each.label());
			}
			return orders;
		}

	}

	@Transactional(readOnly = true)
	public int openCount(Actor actor) {
		return this.reads.openCountFor(actor);
	}

	/** The pair side by side, audited as a view; refused (and the refusal audited) when ADR 0100 does not allow it. */
	@Transactional
	public Pair pair(Actor actor, String id) {
		MatchProposal proposal = reviewable(actor, id);
		Map<UUID, PersonDetails> details = this.people.details(proposal.people());
		this.audit.record(AuditEvent.success(actor.asAuditActor(), AuditAction.VIEW, "match-proposal", proposal.id()));
		Side low = side(actor, details.get(proposal.personLow()));
		Side high = side(actor, details.get(proposal.personHigh()));
		// The coordinator's own area's record first: the one they know, against which they weigh the other.
		return ownArea(low) || !ownArea(high) ? new Pair(proposal, low, high) : new Pair(proposal, high, low);
	}

	/** The pair, if the coordinator may review it; otherwise the refusal is audited on its own and thrown. */
	@Transactional(readOnly = true)
	public MatchProposal reviewable(Actor actor, String id) {
		UUID proposalId;
		try {
			proposalId = UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw new NotReviewable();
		}
		MatchProposal proposal = this.reads.find(proposalId).orElseThrow(NotReviewable::new);
		if (!this.reads.reviewableBy(actor, proposalId)) {
			this.audit.recordAlone(AuditEvent.success(actor.asAuditActor(), AuditAction.ACCESS_REFUSED,
					"match-proposal", proposalId).withOutcome(AuditEvent.Outcome.REFUSED).withDetail("not reviewable"));
			throw new NotReviewable();
		}
		return proposal;
	}

	private static boolean ownArea(Side side) {
		return side.appearances().stream().anyMatch(appearance -> appearance.caseId() != null);
	}

	private Side side(Actor actor, PersonDetails person) {
		return new Side(person.id(), person.fullName(), person.aliases(), person.dateOfBirth(), person.gender(),
				this.reads.appearances(actor, person.id()));
	}

}
