package tandem.matching;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.Ids;
import tandem.person.PersonRecords;

/**
 * The review queue's way in: whoever finds a probable match (the referral-time matcher, the batch deduplication)
 * proposes the pair here, and MARAC coordinators confirm or reject it (ADR 0100). A pair is proposed at most once,
 * whatever became of it: open, confirmed, rejected, or confirmed and later separated, so a decision is never asked
 * for again. Two records already one person are not proposed.
 */
@Service
public class MatchProposals {

	/**
	 * The least probability worth a person's time: more likely than not the same person. Below it a pair is not
	 * proposed. Pairs at or above {@link ReferralTimeMatcher#CERTAIN} are proposed too when the matcher could not
	 * attach them (another candidate nearly as likely).
	 */
	public static final double PROBABLE = 0.5;

	/** Where a proposal came from. */
	public enum Source {

		REFERRAL("A new referral"), BATCH("Checking all records");

		private final String label;

		Source(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	private final JdbcClient jdbc;

	private final PersonRecords people;

	private final Clock clock;

	MatchProposals(JdbcClient jdbc, PersonRecords people, Clock clock) {
		this.jdbc = jdbc;
		this.people = people;
		this.clock = clock;
	}

	/**
	 * Puts the pair on the review queue unless it is already there, was ever decided, is below {@link #PROBABLE}, or
	 * the two are already one person. Safe to call again and from several callers at once.
	 *
	 * @param explanation the engine's explanation, e.g. "date of birth identical; family name differs by one letter"
	 * @return true when the pair was added to the queue by this call
	 */
	@Transactional
	public boolean propose(UUID a, UUID b, double probability, String explanation, Source source) {
		if (a.equals(b) || probability < PROBABLE || probability > 1 || this.people.sameAs(a).contains(b)) {
			return false;
		}
		// PostgreSQL orders uuids by their bytes, as their text compares; UUID.compareTo compares signed longs.
		boolean aFirst = a.toString().compareTo(b.toString()) < 0;
		return this.jdbc.sql("""
				insert into match_proposal (id, person_low, person_high, probability, explanation, source, status,
				    proposed_at)
				values (:id, :low, :high, :probability, :explanation, :source, 'OPEN', :now)
				on conflict (person_low, person_high) do nothing
				""")
			.param("id", Ids.next())
			.param("low", aFirst ? a : b)
			.param("high", aFirst ? b : a)
			.param("probability", probability)
			.param("explanation", explanation)
			.param("source", source.name())
			.param("now", Timestamp.from(Instant.now(this.clock)))
			.update() == 1;
	}

}
