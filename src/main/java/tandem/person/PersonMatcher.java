package tandem.person;

import java.util.Optional;
import java.util.UUID;

/**
 * Decides whether someone described in a referral is a person Tandem already holds. The referral journey and the API
 * ask through {@link PersonRegister}; fuzzy matching across agencies will be a second implementation of this.
 */
interface PersonMatcher {

	/** The one person certainly meant, or empty when there is none or more than one candidate. */
	Optional<UUID> certainMatch(NewPerson described);

}
