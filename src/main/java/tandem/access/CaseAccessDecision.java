package tandem.access;

/**
 * The answer to "may this actor see this case?": granted, with the basis (which goes on the audit trail), or refused,
 * with how the refusal must look to the actor.
 */
public sealed interface CaseAccessDecision {

	/** Why access was granted. */
	enum Basis {

		INVOLVED_AGENCY("agency involved"),
		AREA_ROLE("role serves the area"),
		NAMED_USER("named on the case"),
		BREAK_GLASS("emergency access");

		private final String label;

		Basis(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	/** How a refusal is shown. */
	enum Refusal {

		/** The actor may not know the case exists: it looks exactly like a case that does not exist. */
		HIDDEN,

		/** The actor is told they have no access and may break glass with a written reason. */
		BREAK_GLASS_OFFERED

	}

	record Granted(Basis basis) implements CaseAccessDecision {
	}

	/**
	 * @param why a short, non-identifying explanation for the audit trail
	 */
	record Refused(Refusal how, String why) implements CaseAccessDecision {
	}

	default boolean isGranted() {
		return this instanceof Granted;
	}

	default boolean offersBreakGlass() {
		return this instanceof Refused refused && refused.how() == Refusal.BREAK_GLASS_OFFERED;
	}

}
