package tandem.matching;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import tandem.person.PersonLinks;

/**
 * One pair on the review queue and what became of it.
 *
 * @param kept on confirmation, the record the pair now reads as
 * @param combined on confirmation, the record combined into {@code kept}
 * @param repointed records once combined into {@code combined} that the confirmation pointed to {@code kept}
 */
record MatchProposal(UUID id, UUID personLow, UUID personHigh, double probability, String explanation,
		MatchProposals.Source source, Status status, Instant proposedAt, @Nullable String decidedBy,
		@Nullable Instant decidedAt, @Nullable String reason, @Nullable UUID kept, @Nullable UUID combined,
		List<UUID> repointed, @Nullable String separatedBy, @Nullable Instant separatedAt,
		@Nullable String separationReason, int version) {

	MatchProposal {
		repointed = List.copyOf(repointed);
	}

	enum Status {

		OPEN("Waiting for review"), CONFIRMED("Combined"), REJECTED("Not the same person"), SEPARATED("Separated");

		private final String label;

		Status(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	List<UUID> people() {
		return List.of(this.personLow, this.personHigh);
	}

	public boolean open() {
		return this.status == Status.OPEN;
	}

	PersonLinks.@Nullable Combination combination() {
		return this.kept == null || this.combined == null ? null
				: new PersonLinks.Combination(this.kept, this.combined, this.repointed);
	}

	/** The probability in words, as a reviewer weighs it. */
	public String likelihood() {
		return likelihood(this.probability);
	}

	static String likelihood(double probability) {
		if (probability >= ReferralTimeMatcher.CERTAIN) {
			return "Almost certainly the same person";
		}
		if (probability >= 0.95) {
			return "Very likely the same person";
		}
		if (probability >= 0.8) {
			return "Likely the same person";
		}
		return "More likely than not the same person";
	}

}
