package tandem.matching;

/**
 * The orders a coordinator may read the review queue in: oldest first, so that nothing waits for ever, or most
 * likely first, to settle the near-certain pairs of a first duplicate check before weighing the doubtful ones.
 */
public enum QueueOrder {

	OLDEST("Oldest first", "mp.proposed_at, mp.id"),
	MOST_LIKELY("Most likely first", "mp.probability desc, mp.proposed_at, mp.id");

	private final String label;

	private final String sql;

	QueueOrder(String label, String sql) {
		this.label = label;
		this.sql = sql;
	}

	/** The order of this name, or oldest first for a name that is none. */
	static QueueOrder named(String name) {
		for (QueueOrder order : values()) {
			if (order.name().equals(name)) {
				return order;
			}
		}
		return OLDEST;
	}

	public String label() {
		return this.label;
	}

	String sql() {
		return this.sql;
	}

}
