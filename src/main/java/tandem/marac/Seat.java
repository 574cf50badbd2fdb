package tandem.marac;

/** Where someone sits at a meeting, which decides what of it they see and do. */
enum Seat {

	/** The area's coordinator or chair, or the meeting's chair: runs the meeting. */
	RUNS,
	/** A practitioner of an invited agency: researches, sees its own actions and what was shared. */
	AGENCY,
	/** An observer who has accepted the confidentiality statement. */
	OBSERVER,
	/** An observer who has not accepted it yet: sees the statement and nothing else. */
	OBSERVER_PENDING,
	/** Nothing to do with the meeting. */
	NONE;

	boolean seesContent() {
		return this == RUNS || this == AGENCY || this == OBSERVER;
	}

}
