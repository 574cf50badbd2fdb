package tandem.marac;

/**
 * A change to a meeting, agenda or action that breaks a rule (a case deferred twice, a due date before the meeting).
 * The message is shown to the user as it is, so it names no personal data.
 */
final class ChangeRefused extends RuntimeException {

	private final String field;

	ChangeRefused(String field, String message) {
		super(message);
		this.field = field;
	}

	/** The form field the message belongs to. */
	String field() {
		return this.field;
	}

	/** Someone else changed the record since the form was loaded: nothing is overwritten. */
	static ChangeRefused conflict(String what) {
		return new ChangeRefused("conflict", "Someone else changed " + what
				+ " while you were working on it. Check it as it is now and make your change again.");
	}

}
