package tandem.matching;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A coordinator's answer on a pair, as typed, so a page with errors shows it again.
 *
 * @param decision {@code SAME} to combine the records, {@code DIFFERENT} to reject the pair; empty for a separation
 * @param version the pair's version the coordinator saw
 */
record ReviewForm(String decision, String reason, int version) {

	static final int REASON_LIMIT = 2000;

	/** The answers a reviewer chooses from, in the order shown. */
	static Map<String, String> decisions() {
		Map<String, String> decisions = new LinkedHashMap<>();
		decisions.put("SAME", "Yes, combine the two records");
		decisions.put("DIFFERENT", "No, they are different people");
		return decisions;
	}

	boolean same() {
		return "SAME".equals(this.decision);
	}

	String cleanReason() {
		return this.reason.strip();
	}

	/** Problems with a confirm-or-reject answer, by field id, in page order. */
	Map<String, String> decisionErrors() {
		Map<String, String> errors = new LinkedHashMap<>();
		if (!decisions().containsKey(this.decision)) {
			errors.put("decision", "Select whether these records are the same person");
		}
		errors.putAll(reasonErrors("Enter the reason for your decision"));
		return errors;
	}

	/** Problems with a separation: only the reason is asked. */
	Map<String, String> reasonErrors(String missing) {
		if (this.reason.isBlank()) {
			return Map.of("reason", missing);
		}
		if (this.reason.length() > REASON_LIMIT) {
			return Map.of("reason", "Reason must be " + REASON_LIMIT + " characters or fewer");
		}
		return Map.of();
	}

}
