package tandem.person;

import java.util.Optional;
import java.util.UUID;

/**
 * Decides whether someone described in a referral is a person Tandem already holds. The referral journey and the API
 * ask through {@link PersonRegister}. The person module defines this seam and the matching module implements it, so
 * the dependency runs from matching to person only (ADR 0070).
 */
public interface PersonMatcher {

	/** The one person certainly meant, or empty when there is none or more than one candidate. */
	Optional<UUID> certainMatch(NewPerson described);

	/** Makes a person just added findable by later referrals; called in the transaction that adds them. */
	void remember(UUID personId, NewPerson described);

}
