package tandem.risk;

/**
 * SafeLives has published two definitions of a repeat MARAC case (reference/domain.md §2.6). Both count from the
 * date of the last referral of the same victim with the same perpetrator; they differ in what incident counts.
 */
public enum RepeatDefinition {

	/** Any further instance of abuse, criminal or not (SafeLives' current definition; the default). */
	ANY_ABUSE,

	/** Only behaviour that would be criminal if reported: violence or threats, stalking or harassment, sexual abuse. */
	CRIMINAL_BEHAVIOUR_ONLY

}
