package tandem.person;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Decides whether someone described in a referral is a person Tandem already holds. The referral journey and the API
 * ask through {@link PersonRegister}. The person module defines this seam and the matching module implements it, so
 * the dependency runs from matching to person only (ADR 0070).
 */
public interface PersonMatcher {

	/**
	 * Who each description may mean: the one person certainly meant, if there is one, and those probably meant. All
	 * are looked up at once, as a referral names them, and answered in the same order.
	 */
	List<Lookup> lookUp(List<NewPerson> described);

	/**
	 * Makes people just added findable by later referrals, and puts the people they were probably, not certainly,
	 * taken for to a person to review. Called in the transaction that adds them.
	 */
	void remember(List<Added> added);

	/**
	 * A person just added.
	 *
	 * @param lookup what {@link #lookUp} found for them before they were added
	 */
	record Added(UUID personId, NewPerson described, Lookup lookup) {
	}

	/**
	 * @param certain the person certainly meant; empty when there is none or more than one candidate
	 * @param probable the people more likely than not meant, most likely first
	 */
	record Lookup(Optional<UUID> certain, List<Candidate> probable) {

		public Lookup {
			probable = List.copyOf(probable);
		}

	}

	/**
	 * @param explanation why, e.g. "date of birth identical; family name differs by one letter"; given for a candidate
	 *        as likely as a certain match, whom a person may be asked about, and null for one less likely
	 */
	record Candidate(UUID personId, double probability, @Nullable String explanation) {
	}

}
